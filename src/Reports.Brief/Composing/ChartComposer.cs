using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Layout.Model;

namespace Reports.Brief.Composing;

/// <summary>
/// A declared chart as the layout engine draws it: values, data labels (one number of decimals per
/// scale across the chart), axis title with the unit, and a caption with the period, the sources and
/// the notes of the chart and of its indicators.
/// </summary>
internal static class ChartComposer
{
    public static ChartDescription Describe(BriefContext c, ChartSpec chart)
    {
        var indicators = IndicatorIds(chart).Select(c.Summit.Indicator).ToList();
        var unit = indicators[0].Unit;
        var labels = Labels(c, chart);
        var period = c.Words.Format("chart.period", ("periods", string.Join(c.Words["list.separator"], indicators.Select(i => FigureFormatter.Period(i.Period)).Distinct())));
        var (sourceLine, caption) = Caption(c, chart, indicators, period);
        return new ChartDescription(
            Kind(chart.Kind),
            chart.Title,
            chart.Categories,
            [.. chart.Series.Select((s, k) => Series(c, s, labels[k]))],
            unit.AxisTitle,
            null,
            period,
            sourceLine)
        {
            TitleLanguage = c.DatasetTextLanguage,
            CaptionSpans = c.DatasetTextLanguage is null && !c.RightToLeft ? null : caption,
            Numbers = c.Figures.Culture.NumberFormat,
            AltWords = AltWords(c, chart.Series.Count),
        };
    }

    /// <summary>The words of the chart's alternative text in the brief's language, the count of its series written in the culture.</summary>
    static ChartAltWords AltWords(BriefContext c, int series)
    {
        var w = c.Words;
        return new ChartAltWords(
            w["chart.alt.bar"], w["chart.alt.groupedBar"], w["chart.alt.stackedBar"], w["chart.alt.title"], w["chart.alt.valueAxis"], w["chart.alt.categories"],
            w["chart.alt.item"],
            w["chart.alt.itemSeparator"], w["chart.alt.valueSeparator"], w["chart.alt.noValue"],
            w.Count("chart.alt.series", series, series.ToString(c.Options.Culture)), w["chart.alt.sentenceEnd"]);
    }

    /// <summary>The indicators a chart shows, each once, in order.</summary>
    public static IEnumerable<string> IndicatorIds(ChartSpec chart) =>
        chart.Series.SelectMany(s => s.IndicatorIds).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>The data labels of every series, formatted together so they share their decimals.</summary>
    static List<IReadOnlyList<string?>> Labels(BriefContext c, ChartSpec chart)
    {
        var all = c.Figures.QualifiedAlike([.. chart.Series.SelectMany(s => s.IndicatorIds).Select(id => id is null ? null : c.Summit.Indicator(id))]);
        var n = chart.Categories.Count;
        return [.. chart.Series.Select((_, k) => (IReadOnlyList<string?>)[.. all.Skip(k * n).Take(n)])];
    }

    static ChartSeriesData Series(BriefContext c, ChartSeries s, IReadOnlyList<string?> labels) => new(
        s.Name,
        [.. s.IndicatorIds.Select(id => id is null ? (double?)null : c.Summit.Indicator(id).Value)],
        labels);

    /// <summary>
    /// The source line (the sources in the brief's words, then the chart's and its indicators' notes) as text, and the
    /// whole caption as spans with the notes, the dataset's own text, in the dataset's language.
    /// </summary>
    static (string Line, IReadOnlyList<Span> Caption) Caption(BriefContext c, ChartSpec chart, List<Indicator> indicators, string period)
    {
        var titles = indicators.Select(i => i.SourceId).Distinct().Select(c.SourceTitle).ToList();
        var numbers = string.Join(", ", indicators.Select(c.Notes.NumberOf).Distinct().Order());
        var line = c.Words.Format("chart.source", ("sources", string.Join("; ", titles)), ("notes", numbers));
        var marked = c.Words.Format("chart.source", ("sources", string.Join("; ", titles.Select(Isolates.Mark))), ("notes", numbers));
        var notes = new[] { chart.Note }.OfType<string>().Concat(IndicatorNotes(indicators)).ToList();
        List<Span> spans = [.. Isolates.Sentence(c, period + ChartDescription.CaptionSeparator + marked)];
        spans.AddRange(notes.Select(n => new Span(" " + n) { Language = c.DatasetTextLanguage, Isolated = true }));
        return (string.Join(" ", [line, .. notes]), spans);
    }

    /// <summary>Each distinct note once: alone when every indicator of the chart has it, else after the labels it belongs to.</summary>
    static IEnumerable<string> IndicatorNotes(List<Indicator> indicators) =>
        indicators.Where(i => i.Note is not null).GroupBy(i => i.Note!, StringComparer.Ordinal)
            .Select(g => g.Count() == indicators.Count ? g.Key : $"{string.Join("; ", g.Select(i => i.Label))}: {g.Key}");

    static Layout.Model.ChartKind Kind(Domain.Model.ChartKind kind) => kind switch
    {
        Domain.Model.ChartKind.GroupedBar => Layout.Model.ChartKind.GroupedBar,
        Domain.Model.ChartKind.StackedBar => Layout.Model.ChartKind.StackedBar,
        _ => Layout.Model.ChartKind.Bar,
    };
}
