using Reports.Layout.Coverage;
using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// Chooses the face for each group of chart strings and records their code points for subsetting,
/// so the chart library finds every glyph it draws in the subset fonts we hand it.
/// </summary>
internal sealed class ChartFacePlanner(TextShaper shaper)
{
    public ChartFaces Plan(ChartDescription chart, IReadOnlyList<string> categoryLabels, string? origin)
    {
        return new ChartFaces(
            Pick([GlyphCoverage.TickCharacters], origin),
            Pick(categoryLabels, origin),
            Pick([chart.ValueAxisTitle], origin),
            Pick(chart.CategoryAxisTitle is { } title ? [title] : [], origin),
            [.. chart.Series.Select(s => Pick([.. s.Labels.OfType<string>()], origin))]);
    }

    /// <summary>The chart library draws a label with one typeface, so per-character fallback is not possible there.</summary>
    private FaceKey Pick(IReadOnlyList<string> group, string? origin)
    {
        var text = string.Concat(group);
        var family = shaper.Stack.FamilyCoveringAll(text) ?? throw new InvalidOperationException(
            $"No font draws all of the chart labels \"{text}\" ({origin ?? "no origin"}); DocumentLayout.MissingGlyphs must be empty before layout.");
        var face = new FaceKey(family, FontVariant.Regular);
        shaper.Usage.AddCodePoints(face, text.EnumerateRunes().Select(r => r.Value).Append(' '));
        return face;
    }
}
