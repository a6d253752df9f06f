using System.Text;
using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Coverage;

/// <summary>
/// The one check of whether a document can be drawn: every character of every text has a font, and each
/// group of chart strings the chart library draws with a single typeface has one font for all of it.
/// Returns what fails as data; layout assumes the list was empty.
/// </summary>
internal static class GlyphCoverage
{
    private const int ExcerptRadius = 30;

    /// <summary>Tick labels are numbers we format ourselves; the chart library draws them with one face.</summary>
    internal const string TickCharacters = "0123456789-\u2212.,+% ";

    public static IReadOnlyList<MissingGlyph> Find(FontStack stack, DocumentSpec document)
    {
        var missing = new List<MissingGlyph>();
        var reported = new HashSet<(int, string?, string?)>();
        foreach (var text in DocumentTexts.All(document))
            CollectUndrawable(stack, text, missing, reported);
        foreach (var (chart, origin) in DocumentTexts.Charts(document))
            CollectChartGroups(stack, chart, origin, missing);
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

    /// <summary>
    /// A group no single family draws: the family that draws most of it is the one to keep, and each
    /// character it lacks (that some other font has: the rest is reported above) is a problem of the
    /// string it occurs in.
    /// </summary>
    private static void CollectChartGroups(FontStack stack, ChartDescription chart, string? origin, List<MissingGlyph> missing)
    {
        foreach (var (name, strings) in ChartStrings.NamedGroups(chart).Prepend(("the chart's tick labels", [TickCharacters])))
        {
            if (stack.FamilyCoveringAll(string.Concat(strings)) is not null)
                continue;
            var codePoints = strings.SelectMany(s => s.EnumerateRunes().Select(r => r.Value)).Where(stack.CanDraw).ToHashSet();
            var family = stack.FamilyCoveringMost(codePoints);
            var reported = new HashSet<(string, int)>();
            foreach (var text in strings)
                CollectOutsideFamily(stack, family, text, name, origin, reported, missing);
        }
    }

    private static void CollectOutsideFamily(FontStack stack, int family, string text, string group, string? origin, HashSet<(string, int)> reported, List<MissingGlyph> missing)
    {
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            var cp = rune.Value;
            if (stack.CanDraw(cp) && !stack.FamilyCovers(family, cp) && reported.Add((text, cp)))
                missing.Add(new MissingGlyph(Excerpt(text, i), cp, origin, group) { FullText = text, GroupFamily = stack.FamilyName(family) });
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
