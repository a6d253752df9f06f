using Reports.Domain.Model;
using Reports.Domain.Wording;
using Reports.Excel.Formats;

namespace Reports.Excel.Composition;

/// <summary>
/// Places each declared chart on the Charts sheet: its data block on the left (column A and the series
/// columns), the chart to the right of the widest block, blocks stacked downwards.
/// </summary>
internal static class ChartBlockLayout
{
    public const int FirstBlockRow = 4;
    public const int ChartHeightRows = 20;
    public const int ChartWidthColumns = 9;
    const int GapRows = 2;

    /// <summary>Blocks for every chart that has at least one category and one series.</summary>
    /// <param name="sheet">The name of the Charts sheet, which the charts' series refer to.</param>
    public static IReadOnlyList<ChartBlock> Place(Summit summit, IndicatorRows indicators, string sheet, Words words)
    {
        var drawable = summit.Charts.Where(IsDrawable).ToList();
        var chartColumn = drawable.Select(c => c.Series.Count).DefaultIfEmpty(1).Max() + 2;
        var blocks = new List<ChartBlock>();
        var row = FirstBlockRow;
        foreach (var spec in drawable)
        {
            var block = Place(summit, spec, blocks.Count + 1, row, chartColumn, indicators, sheet, words);
            blocks.Add(block);
            row = block.LastRow + GapRows + 1;
        }
        return blocks;
    }

    public static bool IsDrawable(ChartSpec spec) => spec.Categories.Count > 0 && spec.Series.Count > 0;

    static ChartBlock Place(Summit summit, ChartSpec spec, int number, int titleRow, int chartColumn, IndicatorRows indicators, string sheet, Words words)
    {
        var series = spec.Series.Select((s, i) => new ChartBlockSeries(s.Name, 2 + i, Points(spec, s, indicators))).ToList();
        var points = series.SelectMany(s => s.Points).OfType<ChartPoint>().ToList();
        var units = points.Select(p => p.Indicator.Unit).DistinctBy(u => u.Id).ToList();
        var anchor = new ChartAnchor(chartColumn, titleRow - 1, chartColumn + ChartWidthColumns, titleRow - 1 + ChartHeightRows);
        return new ChartBlock(
            spec, number, titleRow, titleRow + 2, series, anchor,
            units.Count > 0 ? NumberFormats.For(points.Select(p => p.Indicator.Value), units[0]) : "General",
            points.Select(p => Math.Abs(p.Indicator.Value)).DefaultIfEmpty(0).Max() >= 10 ? "#,##0" : "General",
            units.Count > 0 ? string.Join(" / ", units.Select(u => u.AxisTitle)) : words["table.value"],
            CategoryAxisTitle(summit, spec, series, words),
            sheet);
    }

    static List<ChartPoint?> Points(ChartSpec spec, ChartSeries series, IndicatorRows indicators) =>
        spec.Categories.Select((_, c) => c < series.IndicatorIds.Count ? Point(series.IndicatorIds[c], indicators) : null).ToList();

    static ChartPoint? Point(string? id, IndicatorRows indicators) =>
        id is not null && indicators.TryFind(id, out var indicator, out var row) ? new ChartPoint(indicator, row, indicators.ValueReference(row)) : null;

    // "Period" when every category is the period of the figures above it; otherwise the chart's theme.
    static string? CategoryAxisTitle(Summit summit, ChartSpec spec, IReadOnlyList<ChartBlockSeries> series, Words words)
    {
        var periods = spec.Categories.Select((category, c) => series.Select(s => s.Points[c]).OfType<ChartPoint>()
            .All(p => p.Indicator.Period == category.Trim())).All(same => same);
        if (periods && series.Any(s => s.Points.Any(p => p is not null)))
            return words["table.period"];
        return summit.Themes.FirstOrDefault(t => t.Id == spec.ThemeId)?.Title;
    }
}
