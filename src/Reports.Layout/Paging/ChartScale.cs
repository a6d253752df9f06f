using Reports.Layout.Model;

namespace Reports.Layout.Paging;

/// <summary>
/// Where bars go, in category units (category i is centred on x = i): grouped series side by side
/// within 80% of the slot, stacked series piled up from zero (negatives downwards). Shared by layout
/// (to decide what fits) and the renderer (to draw).
/// </summary>
public static class ChartScale
{
    public const double GroupWidth = 0.8;
    public const double SingleWidth = 0.6;

    /// <summary>Centre, width (category units) and base value of the bar of a series in a category.</summary>
    public static (double Position, double Size, double Base) Bar(ChartDescription chart, int series, int category)
    {
        var count = chart.Series.Count;
        return chart.Kind switch
        {
            ChartKind.StackedBar => (category, SingleWidth, StackBase(chart, series, category)),
            _ when count == 1 => (category, SingleWidth, 0),
            _ => (category - (GroupWidth / 2) + (GroupWidth / count * (series + 0.5)), GroupWidth / count * 0.92, 0),
        };
    }

    /// <summary>The value axis: the value range widened to its ticks' needs (see <see cref="ValueTicks"/>).</summary>
    public static ValueTicks Axis(ChartDescription chart)
    {
        var (min, max) = DataRange(chart);
        return ValueTicks.For(min, max, chart.Numbers);
    }

    /// <summary>The value range of the bars: zero always, and head room above the bars for their labels.</summary>
    private static (double Min, double Max) DataRange(ChartDescription chart)
    {
        var (min, max) = (0.0, 0.0);
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var (_, _, baseValue) = Bar(chart, s, i);
                var top = baseValue + (chart.Series[s].Values[i] ?? 0);
                (min, max) = (Math.Min(min, Math.Min(top, baseValue)), Math.Max(max, Math.Max(top, baseValue)));
            }
        }

        if (max - min <= 0)
            max = 1;
        var headroom = (max - min) * 0.14;
        return (min < 0 ? min - headroom : 0, max > 0 ? max + headroom : 0);
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
