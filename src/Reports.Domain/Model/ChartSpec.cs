namespace Reports.Domain.Model;

/// <summary>A chart the dataset declares: categories along one axis, one or more series of indicators.</summary>
/// <param name="Series">Each series holds one indicator id (or null for no bar) per category.</param>
public sealed record ChartSpec(
    string Id,
    string ThemeId,
    string Title,
    ChartKind Kind,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string? Note);

public enum ChartKind { Bar, GroupedBar, StackedBar }

/// <param name="IndicatorIds">One entry per category; null where the series has no value.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<string?> IndicatorIds);
