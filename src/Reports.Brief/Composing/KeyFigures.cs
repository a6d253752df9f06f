using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Layout.Model;

namespace Reports.Brief.Composing;

/// <summary>Indicators as key-figure cards: the qualified value, the label, then period, source and the indicator's note.</summary>
internal static class KeyFigures
{
    public static KeyFigureRow Row(BriefContext c, IEnumerable<string> indicatorIds, string origin) =>
        new(indicatorIds.Select(id => Card(c, c.Summit.Indicator(id))).ToList()) { Origin = origin };

    /// <summary>A card; the label and the indicator's note are the dataset's text, in its language.</summary>
    public static KeyFigure Card(BriefContext c, Indicator i) =>
        new(c.Figures.Compact(i), [new Span(i.Label) { Language = c.DatasetTextLanguage, Isolated = true }], Note(c, i)) { Marker = Markers.Of(c, i), ValueSpans = Isolates.CardValue(c, i) };

    /// <summary>The cards, with the legend of their marks under them (on the same page) when one is marked.</summary>
    public static IEnumerable<Block> WithLegend(BriefContext c, IReadOnlyList<string> indicatorIds, string origin)
    {
        var row = Row(c, indicatorIds, origin);
        var legend = Markers.LegendFor(c, indicatorIds.Select(c.Summit.Indicator)).ToList();
        return legend.Count == 0 ? [row] : [new KeepTogether([row, .. legend])];
    }

    /// <summary>"2024 · Source [5]" in the brief's words, then on a line of its own the indicator's note in the dataset's language.</summary>
    static IReadOnlyList<Span> Note(BriefContext c, Indicator i)
    {
        var kind = i.Kind == IndicatorKind.Actual ? "" : $"{c.Figures.KindWords(i.Kind)} · ";
        var period = kind + c.Words.Format("card.periodAndSource", ("period", FigureFormatter.Period(i.Period)), ("marker", c.Notes.Marker(i)));
        return i.Note is { } note ? [new Span(period + "\n"), new Span(note) { Language = c.DatasetTextLanguage, Isolated = true }] : [new Span(period)];
    }
}
