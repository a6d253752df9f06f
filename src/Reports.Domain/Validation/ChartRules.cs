using Reports.Domain.Loading.Dto;

namespace Reports.Domain.Validation;

/// <summary>A chart must be drawable: its theme exists, each series has one entry per category, every
/// indicator resolves, at least one value is present, and all its values share a unit; and it should be
/// readable (a warning when a bar is too short beside the others, see <see cref="ChartScaleRule"/>).</summary>
internal sealed class ChartRules(IdIndex indicators, IReadOnlyDictionary<string, IndicatorDto> byId, IdIndex themes, Action<RuleError?> add)
{
    public void Check(ChartDto chart, string path)
    {
        add(themes.Resolve(chart.Theme, $"{path}.theme"));
        var categories = chart.Categories?.Count ?? 0;
        var units = new List<(string Unit, string Path)>();
        foreach (var (series, s) in DomainRules.Indexed(chart.Series))
        {
            var seriesPath = $"{path}.series[{s}].indicators";
            if (series.Indicators is { } ids && ids.Count != categories)
                add(new RuleError(seriesPath, $"The series has {ids.Count} value(s) but the chart has {categories} categories.",
                    $"{categories} entries, one per category (null where there is no value)"));
            for (var i = 0; i < (series.Indicators?.Count ?? 0); i++)
            {
                var id = series.Indicators![i];
                add(indicators.Resolve(id, $"{seriesPath}[{i}]"));
                if (id is not null && byId.TryGetValue(id, out var indicator) && indicator.Unit is { } unit)
                    units.Add((unit, $"{seriesPath}[{i}]"));
            }
        }
        if (chart.Series is { Count: > 0 } && chart.Series.All(s => s?.Indicators?.All(id => id is null) ?? true))
            add(new RuleError($"{path}.series", "The chart has no values at all.", "at least one indicator id in a series"));
        if (CheckUnits(units, path))
            add(ChartScaleRule.Check(chart, path, byId));
    }

    /// <summary>True when the chart's values share a unit, so their sizes compare.</summary>
    bool CheckUnits(List<(string Unit, string Path)> units, string path)
    {
        var distinct = units.Select(u => u.Unit).Distinct().ToList();
        if (distinct.Count <= 1)
            return true;
        var odd = units.First(u => u.Unit != units[0].Unit);
        add(new RuleError(odd.Path, $"The chart mixes units: {string.Join(", ", distinct.Select(u => $"\"{u}\""))}.",
            $"indicators that all use one unit (the first is \"{units[0].Unit}\"); draw other units in another chart"));
        return false;
    }
}
