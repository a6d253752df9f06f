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
    /// so those are written as they come. A right-to-left run is written cluster by cluster in text order, and
    /// a cluster's own glyphs in reverse too: HarfBuzz reversed the run whole, so a base stands right of its
    /// mark in the array ("استنادًا": tanween, then dal) and comes first again in text order. A run is
    /// right-to-left when its clusters mostly fall (a line's end space may sit apart, at the right).
    /// </summary>
    public static int[]? Of(int[] clusters)
    {
        int rises = 0, falls = 0;
        for (var i = 1; i < clusters.Length; i++)
        {
            if (clusters[i] > clusters[i - 1])
                rises++;
            else if (clusters[i] < clusters[i - 1])
                falls++;
        }

        if (falls == 0)
            return null;
        var order = new int[clusters.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = rises == 0 ? order.Length - 1 - i : i;
        if (rises == 0)
            return order; // the common case, a run that only falls: its text order is its reverse
        SortByCluster(order, clusters, rightToLeft: falls > rises);
        return order;
    }

    /// <summary>
    /// A method of its own so that only a mixed run builds the comparison: a lambda capturing the parameters of
    /// <see cref="Of"/> would be allocated at its start, for every run.
    /// </summary>
    private static void SortByCluster(int[] order, int[] clusters, bool rightToLeft) =>
        Array.Sort(order, (a, b) => clusters[a] != clusters[b] ? clusters[a].CompareTo(clusters[b]) : rightToLeft ? b.CompareTo(a) : a.CompareTo(b));
}
