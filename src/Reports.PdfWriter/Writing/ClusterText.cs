using System.Buffers;
using System.Text;
using Reports.PdfWriter.Content;
using Reports.PdfWriter.Fonts;
using Reports.PdfWriter.Validation;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// Maps each glyph of a run to the characters of its cluster (for the font's ToUnicode map) and decides
/// whether the run needs <c>/ActualText</c>: when one glyph stands for several characters (a ligature, a
/// conjunct), several glyphs for one cluster (a base and its mark, a split vowel), the glyphs are not in
/// text order, or a glyph's ToUnicode entry already spells other text. Otherwise reading the glyphs'
/// ToUnicode entries in order gives back exactly the run's text. A right-to-left run is written in text
/// order (<see cref="DrawOrder"/>); there a ligature (Arabic's lam-alef) is given back by its ToUnicode entry
/// alone, as poppler reverses a right-to-left ActualText.
/// </summary>
internal static class ClusterText
{
    /// <param name="order">The order the glyphs are written in when it is not their own (<see cref="DrawOrder.Of"/>).</param>
    public static bool NeedsActualText(GlyphRun run, EmbeddedFont font, Problems problems, RunPlace where, int[]? order = null)
    {
        if (order is not null)
            return MapReordered(run, font, problems, where, order);
        var clusters = run.Glyphs.Clusters;
        var ordered = clusters.Length == 0 || clusters[0] == 0;
        for (var i = 1; i < clusters.Length && ordered; i++)
            ordered = clusters[i] > clusters[i - 1];
        return ordered ? MapInOrder(run, font, problems, where) : MapClusters(run, font, problems, where);
    }

    /// <summary>The common case: one cluster per glyph, in text order; no allocation once the glyphs are known.</summary>
    private static bool MapInOrder(GlyphRun run, EmbeddedFont font, Problems problems, RunPlace where)
    {
        var (ids, clusters) = (run.Glyphs.Ids, run.Glyphs.Clusters);
        var text = run.Text.AsSpan();
        var needs = false;
        for (var i = 0; i < ids.Length; i++)
        {
            var end = i + 1 < ids.Length ? clusters[i + 1] : text.Length;
            var piece = text[clusters[i]..end];
            needs |= !IsOneCodePoint(piece);
            needs |= !font.Map(ids[i], piece, problems, where);
        }

        return needs;
    }

    /// <summary>
    /// A run written in text order though shaped in visual order (right to left), read cluster by cluster: a
    /// cluster of one glyph spells all its letters (a ligature such as lam-alef too); a base and its one mark
    /// (two glyphs, two letters) give each glyph its letter, in order. Then the glyphs' ToUnicode entries, read
    /// in content order, spell the run and it needs no ActualText, which poppler would reverse. A cluster of
    /// more glyphs, whose marks shaping may have put in another order than the text's, or an entry that already
    /// spells other text, still needs ActualText.
    /// </summary>
    private static bool MapReordered(GlyphRun run, EmbeddedFont font, Problems problems, RunPlace where, int[] order)
    {
        var (ids, clusters) = (run.Glyphs.Ids, run.Glyphs.Clusters);
        var text = run.Text.AsSpan();
        var needs = clusters[order[0]] != 0;
        for (var k = 0; k < order.Length;)
        {
            var start = clusters[order[k]];
            var count = 1;
            while (k + count < order.Length && clusters[order[k + count]] == start)
                count++;
            var end = k + count < order.Length ? clusters[order[k + count]] : text.Length;
            var piece = text[start..end];
            if (count == 1)
            {
                needs |= !font.Map(ids[order[k]], piece, problems, where);
            }
            else
            {
                // A base and its one mark: two glyphs, two code points, each glyph its own.
                Rune.DecodeFromUtf16(piece, out _, out var first);
                var paired = count == 2 && first < piece.Length && Rune.DecodeFromUtf16(piece[first..], out _, out var second) == OperationStatus.Done && first + second == piece.Length;
                needs |= !paired;
                for (var j = 0; j < count; j++)
                    needs |= !font.Map(ids[order[k + j]], !paired ? piece : j == 0 ? piece[..first] : piece[first..], problems, where);
            }

            k += count;
        }

        return needs;
    }

    /// <summary>Clusters out of order or shared: each cluster's text is spread over its glyphs; ActualText is needed.</summary>
    private static bool MapClusters(GlyphRun run, EmbeddedFont font, Problems problems, RunPlace where)
    {
        var (ids, clusters, text) = (run.Glyphs.Ids, run.Glyphs.Clusters, run.Text);
        var starts = clusters.Distinct().Order().ToArray();
        foreach (var start in starts)
        {
            var next = Array.BinarySearch(starts, start) + 1;
            var piece = text[start..(next < starts.Length ? starts[next] : text.Length)];
            var glyphs = Enumerable.Range(0, ids.Length).Where(i => clusters[i] == start).ToArray();
            var runes = piece.EnumerateRunes().Select(r => r.ToString()).ToArray();
            for (var j = 0; j < glyphs.Length; j++)
                font.Map(ids[glyphs[j]], runes.Length == glyphs.Length ? runes[j] : piece, problems, where);
        }

        return true;
    }

    private static bool IsOneCodePoint(ReadOnlySpan<char> piece) =>
        piece.Length == 1 || (piece.Length == 2 && char.IsSurrogatePair(piece[0], piece[1]));

    /// <summary>Throws when the run's arrays disagree or a cluster lies outside its text (a caller's bug, not a data problem).</summary>
    public static void CheckShape(GlyphRun run)
    {
        var g = run.Glyphs;
        if (g.Advances.Length != g.Count || g.OffsetsX.Length != g.Count || g.OffsetsY.Length != g.Count || g.Clusters.Length != g.Count)
            throw new ArgumentException($"A glyph run's arrays must have one entry per glyph ({g.Count}); the run for '{Excerpt(run.Text)}' has {g.Advances.Length} advances, {g.OffsetsX.Length}/{g.OffsetsY.Length} offsets and {g.Clusters.Length} clusters.");
        if (g.UnitsPerEm <= 0 || !double.IsFinite(run.Size) || run.Size <= 0)
            throw new ArgumentException($"A glyph run needs a positive size and units per em; the run for '{Excerpt(run.Text)}' has size {run.Size} and {g.UnitsPerEm} units per em.");
        foreach (var cluster in g.Clusters)
        {
            if (cluster < 0 || cluster >= Math.Max(1, run.Text.Length))
                throw new ArgumentException($"Cluster {cluster} lies outside the run's text '{Excerpt(run.Text)}' ({run.Text.Length} UTF-16 units); clusters index the text the glyphs were shaped from.");
        }
    }

    /// <summary>The first characters of a text, for messages.</summary>
    public static string Excerpt(string text)
    {
        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes().Take(40))
            builder.Append(rune.ToString());
        return builder.Length < text.Length ? builder + "…" : builder.ToString();
    }
}
