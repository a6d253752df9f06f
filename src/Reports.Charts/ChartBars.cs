using Reports.Layout.Model;
using Reports.Layout.Paging;
using ScottPlot;

namespace Reports.Charts;

/// <summary>ScottPlot bars of one series, placed by <see cref="ChartScale"/>, labelled where layout found room.</summary>
internal static class ChartBars
{
    public static List<Bar> For(PlacedChart placed, int series)
    {
        var chart = placed.Chart;
        var data = chart.Series[series];
        var color = placed.SeriesColor(series);
        var bars = new List<Bar>();
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            if (data.Values[i] is not { } value)
                continue;
            var (position, size, baseValue) = ChartScale.Bar(chart, series, i);
            bars.Add(new Bar
            {
                Position = position,
                Size = size,
                ValueBase = baseValue,
                Value = baseValue + value,
                FillColor = ChartColors.Plot(color),
                LineWidth = 0,
                Label = Label(placed, data.Labels[i], value),
                CenterLabel = chart.Kind == ChartKind.StackedBar,
            });
        }

        return bars;
    }

    private static string Label(PlacedChart placed, string? label, double value)
    {
        if (label is null || !placed.ShowDataLabels)
            return "";
        var tooShort = placed.Chart.Kind == ChartKind.StackedBar && Math.Abs(value) < placed.MinimumLabeledSegment;
        return tooShort ? "" : label;
    }
}
