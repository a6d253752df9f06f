namespace Reports.Layout.Model;

/// <summary>
/// One series: a value per category (null = no bar) and a pre-formatted data label per category
/// (null = no label). Both lists are as long as the chart's category list.
/// </summary>
public sealed record ChartSeriesData(string Name, IReadOnlyList<double?> Values, IReadOnlyList<string?> Labels);
