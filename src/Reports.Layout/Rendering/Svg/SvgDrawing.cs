using Reports.PdfWriter.Content;

namespace Reports.Layout.Rendering.Svg;

/// <summary>
/// An SVG read as graphics for our PDF writer: <paramref name="Width"/> × <paramref name="Height"/> points
/// (one SVG user unit, or px, is one point) and its content in top-left space, viewBox already applied.
/// </summary>
internal sealed record SvgDrawing(double Width, double Height, IReadOnlyList<Graphic> Content)
{
    public Form ToForm() => new(Width, Height, Content);
}
