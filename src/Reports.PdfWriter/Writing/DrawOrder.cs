namespace Reports.PdfWriter.Writing;

/// <summary>
/// The order a run's glyphs are written in: text order. HarfBuzz gives a right-to-left run's glyphs in visual
/// order (left to right, so the clusters descend); written that way, text extraction that reads glyphs in
/// content order (poppler's <c>pdftotext</c>, MuPDF) gives Arabic back letter-reversed, and poppler reverses
/// a right-to-left <c>/ActualText</c> too (both measured on the Arabic brief). So such a run is written
/// cluster by cluster in text order, each glyph moved to its visual place by the TJ adjustments, and its
/// glyphs' ToUnicode entries then spell its text with no ActualText.
/// </summary>
internal static class DrawOrder
{
    /// <summary>
    /// The glyph indices in text order, or null when that is the glyphs' own order (every left-to-right run),
    /// so those are written as they come. A right-to-left run is written cluster by cluster in text order; a
    /// cluster's own glyphs (a base and its marks) keep HarfBuzz's order and the mapping they always had.
    /// </summary>
    public static int[]? Of(int[] clusters)
    {
        var rising = true;
        for (var i = 1; i < clusters.Length && rising; i++)
            rising = clusters[i] >= clusters[i - 1];
        if (rising)
            return null;
        var order = new int[clusters.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (a, b) => clusters[a] != clusters[b] ? clusters[a].CompareTo(clusters[b]) : a.CompareTo(b));
        return order;
    }
}
