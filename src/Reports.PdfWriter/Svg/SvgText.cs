using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Svg;

/// <summary>
/// One SVG <c>text</c> element, whitespace handled as SVG's default does: <paramref name="X"/> and
/// <paramref name="Y"/> are the positions given (the first is where the text starts, on its baseline;
/// Skia writes one per character), in the element's own space. <paramref name="Families"/> are the
/// font-family names in order; size in user units; <paramref name="Weight"/> 100–900.
/// </summary>
public sealed record SvgText(
    string Text,
    IReadOnlyList<double> X,
    IReadOnlyList<double> Y,
    IReadOnlyList<string> Families,
    double Size,
    int Weight,
    bool Italic,
    RgbColor Fill,
    SvgTextAnchor Anchor,
    int Line,
    int Column);
