using Reports.PdfWriter.Content;

namespace Reports.PdfWriter.Svg;

/// <summary>
/// An SVG read as graphics for our PDF writer: <paramref name="Width"/> × <paramref name="Height"/> points
/// (one SVG user unit, or px, is one point) and its content in top-left space, viewBox already applied.
/// </summary>
public sealed record SvgDrawing(double Width, double Height, IReadOnlyList<Graphic> Content)
{
    public Form ToForm() => new(Width, Height, Content);
}
