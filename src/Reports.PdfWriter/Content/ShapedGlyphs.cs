namespace Reports.PdfWriter.Content;

/// <summary>
/// HarfBuzz's output for one run, in font units (a HarfBuzz font scaled to <paramref name="UnitsPerEm"/>):
/// glyph ids of the full face, advances, offsets (x right, y up, as HarfBuzz gives them) and clusters
/// (per glyph, the UTF-16 index into the run's text of the first character of its cluster). Glyphs are in
/// visual order, so a right-to-left run has falling clusters. The writer reads the arrays and never changes them.
/// </summary>
public sealed record ShapedGlyphs(uint[] Ids, int[] Advances, int[] OffsetsX, int[] OffsetsY, int[] Clusters, int UnitsPerEm)
{
    public int Count => Ids.Length;
}
