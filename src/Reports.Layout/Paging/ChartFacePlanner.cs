using Reports.Layout.Model;
using Reports.Layout.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// Chooses the face for each group of chart strings and records their code points for subsetting,
/// so the chart library finds every glyph it draws in the subset fonts we hand it.
/// </summary>
internal sealed class ChartFacePlanner(TextShaper shaper)
{
    /// <summary>Tick labels are numbers we format ourselves (invariant culture, U+2212 for minus).</summary>
    private const string NumberCharacters = "0123456789-\u2212.,+% ";

    public ChartFaces Plan(ChartDescription chart, IReadOnlyList<string> categoryLabels, string? origin)
    {
        return new ChartFaces(
            Pick([NumberCharacters], origin),
            Pick(categoryLabels, origin),
            Pick([chart.ValueAxisTitle], origin),
            Pick(chart.CategoryAxisTitle is { } title ? [title] : [], origin),
            [.. chart.Series.Select(s => Pick([.. s.Labels.OfType<string>()], origin))]);
    }

    private FaceKey Pick(IReadOnlyList<string> group, string? origin)
    {
        var text = string.Concat(group);
        var family = shaper.Stack.FamilyCoveringAll(text) ?? throw NoSingleFont(text, origin);
        var face = new FaceKey(family, FontVariant.Regular);
        shaper.Usage.AddCodePoints(face, text.EnumerateRunes().Select(r => r.Value).Append(' '));
        return face;
    }

    /// <summary>The chart library draws a label with one typeface, so per-character fallback is not possible there.</summary>
    private MissingGlyphsException NoSingleFont(string text, string? origin)
    {
        var face = shaper.Stack.PrimaryFace;
        var missing = text.EnumerateRunes()
            .Where(r => !face.Covers(r.Value) && !CodePoints.IsInvisible(r.Value))
            .Select(r => r.Value)
            .Distinct()
            .Select(cp => new MissingGlyph(text.Length > 60 ? text[..60] + "…" : text, cp, origin, "chart labels need one font for all their characters"));
        return new MissingGlyphsException([.. missing], shaper.Stack.ToString());
    }
}
