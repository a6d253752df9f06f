using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Content;

/// <summary>
/// Shaped glyphs of one face at one size. <paramref name="Origin"/> is the left end of the run on its
/// baseline (top-left page space, points); <paramref name="Size"/> is in points; <paramref name="Text"/> is the
/// source string the glyphs were shaped from (the clusters index into it), which text extraction must give back.
/// </summary>
public sealed record GlyphRun(FontFace Font, double Size, RgbColor Fill, Point Origin, ShapedGlyphs Glyphs, string Text) : Graphic
{
    /// <summary>
    /// A synthetic bold: the line width in points with which the glyphs are stroked as well as filled, in the
    /// fill colour (text render mode 2), for bold text in a face that has no bold (the shipped CJK subset).
    /// 0 (the default) fills only. The stroke widens each stem by this width and leaves the advances alone.
    /// </summary>
    public double Emboldening { get; init; }
}
