using Reports.Layout.Model;

namespace Reports.Layout.Coverage;

/// <summary>
/// The strings of a chart, grouped the way the chart library draws them: each group is given to it with
/// one typeface (see <see cref="Paging.ChartFacePlanner"/>).
/// </summary>
public static class ChartStrings
{
    public static IEnumerable<string> All(ChartDescription chart) =>
        new[] { chart.Title, chart.Period, chart.SourceLine }.OfType<string>().Concat(chart.Series.Select(s => s.Name)).Concat(NamedGroups(chart).SelectMany(g => g.Strings));

    /// <summary>
    /// Category labels, value-axis title, category-axis title, and each series' data labels (the legend
    /// is ours), each with what it is.
    /// </summary>
    public static IEnumerable<(string Name, IReadOnlyList<string> Strings)> NamedGroups(ChartDescription chart)
    {
        yield return ("the chart's category labels", chart.Categories);
        yield return ("the chart's value axis title", [chart.ValueAxisTitle]);
        yield return ("the chart's category axis title", chart.CategoryAxisTitle is { } title ? [title] : []);
        foreach (var series in chart.Series)
            yield return ($"the data labels of series \"{series.Name}\"", [.. series.Labels.OfType<string>()]);
    }
}
