using Reports.Layout.Model;
using Reports.Layout.Paging;
using ScottPlot;

namespace Reports.Layout.Rendering;

/// <summary>
/// Bars in category units: category i is centred on x = i. Grouped series sit side by side within
/// 80% of the slot; stacked series pile up from zero (negatives downwards).
/// </summary>
internal static class ChartBars
{
    private const double GroupWidth = 0.8;
    private const double SingleWidth = 0.6;

    public static List<Bar> For(ChartDescription chart, int series)
    {
        var data = chart.Series[series];
        var color = ChartStyle.Palette[series % ChartStyle.Palette.Count];
        var bars = new List<Bar>();
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            if (data.Values[i] is not { } value)
                continue;
            var (position, size, baseValue) = Geometry(chart, series, i);
            bars.Add(new Bar
            {
                Position = position,
                Size = size,
                ValueBase = baseValue,
                Value = baseValue + value,
                FillColor = Colors.Plot(color),
                LineWidth = 0,
                Label = data.Labels[i] ?? "",
                CenterLabel = chart.Kind == ChartKind.StackedBar,
            });
        }

        return bars;
    }

    /// <summary>The value range to show: zero always, and head room above the bars for their labels.</summary>
    public static (double Min, double Max) ValueRange(ChartDescription chart)
    {
        var (min, max) = (0.0, 0.0);
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var (_, _, baseValue) = Geometry(chart, s, i);
                var top = baseValue + (chart.Series[s].Values[i] ?? 0);
                (min, max) = (Math.Min(min, Math.Min(top, baseValue)), Math.Max(max, Math.Max(top, baseValue)));
            }
        }

        if (max - min <= 0)
            max = 1;
        var headroom = (max - min) * 0.14;
        return (min < 0 ? min - headroom : 0, max > 0 ? max + headroom : 0);
    }

    private static (double Position, double Size, double Base) Geometry(ChartDescription chart, int series, int category)
    {
        var count = chart.Series.Count;
        return chart.Kind switch
        {
            ChartKind.StackedBar => (category, SingleWidth, StackBase(chart, series, category)),
            _ when count == 1 => (category, SingleWidth, 0),
            _ => (category - (GroupWidth / 2) + (GroupWidth / count * (series + 0.5)), GroupWidth / count * 0.92, 0),
        };
    }

    /// <summary>Sum of the earlier series with the same sign (positives stack up, negatives down).</summary>
    private static double StackBase(ChartDescription chart, int series, int category)
    {
        var value = chart.Series[series].Values[category] ?? 0;
        var sum = 0.0;
        for (var s = 0; s < series; s++)
        {
            var earlier = chart.Series[s].Values[category] ?? 0;
            if ((earlier >= 0) == (value >= 0))
                sum += earlier;
        }

        return sum;
    }
}
