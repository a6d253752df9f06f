using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Content;

/// <summary>
/// Shaped glyphs of one face at one size. <paramref name="Origin"/> is the left end of the run on its
/// baseline (top-left page space, points); <paramref name="Size"/> is in points; <paramref name="Text"/> is the
/// source string the glyphs were shaped from (the clusters index into it), which text extraction must give back.
/// </summary>
public sealed record GlyphRun(FontFace Font, double Size, RgbColor Fill, Point Origin, ShapedGlyphs Glyphs, string Text) : Graphic;
