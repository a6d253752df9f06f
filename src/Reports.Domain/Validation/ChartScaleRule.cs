using System.Globalization;
using Reports.Domain.Loading.Dto;

namespace Reports.Domain.Validation;

/// <summary>
/// A bar shorter than <see cref="ReadableShare"/> of its chart's value axis is a sliver no reader can
/// measure (21,000 students beside 1.6 million tourists): a warning on the chart's shortest such bar.
/// The axis runs from the lowest to the highest bar, or stack of bars, with zero always on it.
/// </summary>
internal static class ChartScaleRule
{
    public const double ReadableShare = 0.02;

    /// <summary>A share this close below 2 % (rounding in a double) is still 2 %.</summary>
    const double Tolerance = 1e-9;

    sealed record Bar(double Value, string Path, int Series, int Category);

    public static RuleError? Check(ChartDto chart, string path, IReadOnlyDictionary<string, IndicatorDto> byId)
    {
        var bars = Bars(chart, path, byId);
        var (bottom, top) = Axis(bars, chart.Type == "stacked-bar");
        var extent = top - bottom;
        var shortest = bars.Where(b => b.Value != 0 && Math.Abs(b.Value) < ReadableShare * extent * (1 - Tolerance))
            .OrderBy(b => Math.Abs(b.Value)).FirstOrDefault();
        return shortest is null ? null : Warning(chart, shortest, bottom, top, extent);
    }

    static List<Bar> Bars(ChartDto chart, string path, IReadOnlyDictionary<string, IndicatorDto> byId)
    {
        var bars = new List<Bar>();
        foreach (var (series, s) in DomainRules.Indexed(chart.Series))
        {
            for (var k = 0; k < (series.Indicators?.Count ?? 0); k++)
            {
                if (series.Indicators![k] is { } id && byId.TryGetValue(id, out var indicator) && indicator.Value is { } value && double.IsFinite(value))
                    bars.Add(new Bar(value, $"{path}.series[{s}].indicators[{k}]", s, k));
            }
        }
        return bars;
    }

    /// <summary>The value axis: zero, every bar, and for stacked bars every stack of positives and of negatives.</summary>
    static (double Bottom, double Top) Axis(List<Bar> bars, bool stacked)
    {
        if (!stacked)
            return (Math.Min(0, bars.Select(b => b.Value).DefaultIfEmpty().Min()), Math.Max(0, bars.Select(b => b.Value).DefaultIfEmpty().Max()));
        var stacks = bars.GroupBy(b => b.Category).ToList();
        return (Math.Min(0, stacks.Select(g => g.Where(b => b.Value < 0).Sum(b => b.Value)).DefaultIfEmpty().Min()),
            Math.Max(0, stacks.Select(g => g.Where(b => b.Value > 0).Sum(b => b.Value)).DefaultIfEmpty().Max()));
    }

    static RuleError Warning(ChartDto chart, Bar bar, double bottom, double top, double extent)
    {
        var category = chart.Categories is { } categories && bar.Category < categories.Count ? categories[bar.Category] : null;
        var series = chart.Series?[bar.Series]?.Name;
        var names = string.Join(", ", new[] { category, series }.OfType<string>().Select(n => $"\"{n}\""));
        var share = (Math.Abs(bar.Value) / extent * 100).ToString("0.0", CultureInfo.InvariantCulture);
        return new RuleError(bar.Path,
            $"In \"{chart.Title}\" the bar for {names} ({Number(bar.Value)}) is {share} % of the value axis ({Number(bottom)} to {Number(top)}): too short to read.",
            "values of one scale in a chart, every bar at least 2 % of the axis; put the smaller ones in a chart of their own",
            Loading.Severity.Warning);
    }

    static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);
}
