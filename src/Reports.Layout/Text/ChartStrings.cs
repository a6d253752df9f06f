using Reports.Layout.Model;

namespace Reports.Layout.Text;

/// <summary>
/// The strings of a chart, grouped the way the chart library draws them: each group is drawn with
/// one typeface, so one font must cover the whole group.
/// </summary>
internal static class ChartStrings
{
    public static IEnumerable<string> All(ChartDescription chart) =>
        new[] { chart.Title, chart.Period, chart.SourceLine }.OfType<string>().Concat(chart.Series.Select(s => s.Name)).Concat(Groups(chart).SelectMany(g => g));

    /// <summary>Category labels, value-axis title, category-axis title, and each series' data labels (the legend is ours).</summary>
    public static IEnumerable<IReadOnlyList<string>> Groups(ChartDescription chart)
    {
        yield return chart.Categories;
        yield return [chart.ValueAxisTitle];
        yield return chart.CategoryAxisTitle is { } title ? [title] : [];
        foreach (var series in chart.Series)
            yield return [.. series.Labels.OfType<string>()];
    }
}
