using Reports.Layout.Model;

namespace Reports.Layout.Paging;

/// <summary>Rejects chart descriptions the renderer could not draw faithfully (programmer errors in the composer).</summary>
internal static class ChartValidator
{
    public static void Check(ChartDescription chart, string? origin)
    {
        var where = $"chart '{chart.Title}' (block {origin ?? "without origin"})";
        if (chart.Categories.Count == 0)
            throw new ArgumentException($"The {where} has no categories.");
        if (chart.Series.Count == 0)
            throw new ArgumentException($"The {where} has no series.");
        if (chart.Kind == ChartKind.Bar && chart.Series.Count != 1)
            throw new ArgumentException($"The {where} is a single-series bar chart but has {chart.Series.Count} series; use GroupedBar or StackedBar.");
        foreach (var series in chart.Series)
        {
            if (series.Values.Count != chart.Categories.Count || series.Labels.Count != chart.Categories.Count)
            {
                throw new ArgumentException(
                    $"Series '{series.Name}' of the {where} has {series.Values.Count} values and {series.Labels.Count} labels for {chart.Categories.Count} categories.");
            }

            if (series.Values.Any(v => v is { } d && !double.IsFinite(d)))
                throw new ArgumentException($"Series '{series.Name}' of the {where} has a value that is not a finite number.");
        }
    }
}
