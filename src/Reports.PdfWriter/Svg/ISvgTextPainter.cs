using Reports.PdfWriter.Content;

namespace Reports.PdfWriter.Svg;

/// <summary>
/// Turns the SVG's text into glyph runs in our fonts (the reader knows no fonts): a chart maps the
/// families the chart library wrote back to the faces layout chose; a logo to the fonts it names. Throw
/// <see cref="SvgException"/> for text that cannot be drawn.
/// </summary>
public interface ISvgTextPainter
{
    /// <summary>The text as graphics in the element's own space (the reader applies its transform); null draws nothing.</summary>
    Graphic? Paint(SvgText text);
}
