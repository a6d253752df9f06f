using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// Chooses the face for each group of chart strings: the chart library measures and draws a group with one
/// typeface.
/// </summary>
internal sealed class ChartFacePlanner(TextShaper shaper)
{
    public ChartFaces Plan(ChartDescription chart, IReadOnlyList<string> categoryLabels, string? origin)
    {
        return new ChartFaces(
            Pick(ChartScale.Axis(chart).Labels, origin),
            Pick(categoryLabels, origin),
            Pick([chart.ValueAxisTitle], origin),
            Pick(chart.CategoryAxisTitle is { } title ? [title] : [], origin),
            [.. chart.Series.Select(s => Pick([.. s.Labels.OfType<string>()], origin))]);
    }

    /// <summary>
    /// The chart library draws a group with one typeface: the first family that draws all of it, else the one
    /// that draws most of it. A label that family cannot draw whole is drawn by script run as body text is
    /// (<c>ChartStandIns</c> (Reports.Charts)); what no font draws at all was reported before layout.
    /// </summary>
    private FaceKey Pick(IReadOnlyList<string> group, string? origin)
    {
        var text = string.Concat(group);
        var codePoints = text.EnumerateRunes().Select(r => r.Value).ToHashSet();
        if (!codePoints.All(shaper.Stack.CanDraw))
            throw new InvalidOperationException($"No font draws some of the chart labels \"{text}\" ({origin ?? "no origin"}); DocumentLayout.MissingGlyphs must be empty before layout.");
        var family = shaper.Stack.FamilyCoveringAll(text) ?? shaper.Stack.FamilyCoveringMost(codePoints);
        return new FaceKey(family, FontVariant.Regular);
    }
}
