using System.Text;
using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Coverage;

/// <summary>
/// The one check of whether a document can be drawn: every character of every text, chart labels included,
/// has a font (a chart label mixes fonts by script run as body text does, see
/// <c>ChartStandIns</c> (Reports.Charts)). Returns what fails as data; layout assumes the list was empty.
/// </summary>
internal static class GlyphCoverage
{
    private const int ExcerptRadius = 30;

    public static IReadOnlyList<MissingGlyph> Find(FontStack stack, DocumentSpec document)
    {
        var missing = new List<MissingGlyph>();
        var reported = new HashSet<(int, string?, string?)>();
        foreach (var text in DocumentTexts.All(document))
            CollectUndrawable(stack, text, missing, reported);
        return missing;
    }

    private static void CollectUndrawable(FontStack stack, SourcedText source, List<MissingGlyph> missing, HashSet<(int, string?, string?)> reported)
    {
        var text = source.Text;
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            var cp = rune.Value;
            if (!stack.CanDraw(cp) && reported.Add((cp, source.Origin, source.Where)))
                missing.Add(new MissingGlyph(Excerpt(text, i), cp, source.Origin, source.Where) { FullText = text, SystemFontsIgnored = stack.IgnoresSystemFonts });
            i += used;
        }
    }

    private static string Excerpt(string text, int index)
    {
        var start = Math.Max(0, index - ExcerptRadius);
        var end = Math.Min(text.Length, index + ExcerptRadius);
        var excerpt = text[start..end];
        return (start > 0 ? "…" : "") + excerpt + (end < text.Length ? "…" : "");
    }
}
