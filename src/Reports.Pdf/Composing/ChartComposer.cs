using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Layout;
using Reports.Layout.Model;

namespace Reports.Pdf.Composing;

/// <summary>A declared chart as the layout engine draws it: values, data labels, axis title with the unit, caption.</summary>
internal static class ChartComposer
{
    public static ChartDescription Describe(BriefContext c, ChartSpec chart)
    {
        var indicators = chart.Series.SelectMany(s => s.IndicatorIds).OfType<string>().Select(c.Summit.Indicator).ToList();
        var unit = indicators[0].Unit;
        return new ChartDescription(
            Kind(chart.Kind),
            chart.Title,
            chart.Categories,
            chart.Series.Select(s => Series(c, s)).ToList(),
            unit.AxisTitle,
            null,
            "Period: " + string.Join(", ", indicators.Select(i => FigureFormatter.Period(i.Period)).Distinct()),
            SourceLine(c, chart, indicators));
    }

    static ChartSeriesData Series(BriefContext c, ChartSeries s)
    {
        var indicators = s.IndicatorIds.Select(id => id is null ? null : c.Summit.Indicator(id)).ToList();
        return new ChartSeriesData(
            s.Name,
            indicators.Select(i => i?.Value).ToList(),
            indicators.Select(i => i is null ? null : c.Figures.Compact(i)).ToList());
    }

    static string SourceLine(BriefContext c, ChartSpec chart, List<Indicator> indicators)
    {
        var sources = indicators.Select(i => i.SourceId).Distinct().Select(c.SourceTitle);
        var notes = indicators.Select(c.Notes.NumberOf).Distinct().Order();
        var line = $"Source: {string.Join("; ", sources)} [{string.Join(", ", notes)}].";
        return chart.Note is { } note ? $"{line} {note}" : line;
    }

    static Layout.Model.ChartKind Kind(Domain.Model.ChartKind kind) => kind switch
    {
        Domain.Model.ChartKind.GroupedBar => Layout.Model.ChartKind.GroupedBar,
        Domain.Model.ChartKind.StackedBar => Layout.Model.ChartKind.StackedBar,
        _ => Layout.Model.ChartKind.Bar,
    };
}
