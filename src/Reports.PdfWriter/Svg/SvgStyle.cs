using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Svg;

/// <summary>
/// The inherited presentation properties at an element (SVG's initial values in <see cref="Initial"/>):
/// paints (null = none), the stroke's width and style, the font, and the colour currentColor means.
/// </summary>
internal sealed record SvgStyle(
    RgbColor? Fill,
    FillRule FillRule,
    RgbColor? Stroke,
    double StrokeWidth,
    LineStyle Line,
    RgbColor Color,
    IReadOnlyList<string> Families,
    double FontSize,
    int FontWeight,
    bool Italic,
    SvgTextAnchor Anchor,
    FillRule ClipRule)
{
    /// <summary>SVG's initial values: black fill, no stroke, width 1, butt caps, miter joins with limit 4, 16-unit serif text.</summary>
    public static SvgStyle Initial { get; } = new(
        RgbColor.Black,
        FillRule.NonZero,
        null,
        1,
        new LineStyle(LineCap.Butt, LineJoin.Miter, 4, []),
        RgbColor.Black,
        ["serif"],
        16,
        400,
        false,
        SvgTextAnchor.Start,
        FillRule.NonZero);

    public bool Strokes => Stroke is not null && StrokeWidth > 0;
}
