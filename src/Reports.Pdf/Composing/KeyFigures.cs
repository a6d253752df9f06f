using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Layout;
using Reports.Layout.Model;

namespace Reports.Pdf.Composing;

/// <summary>Indicators as key-figure cards: the qualified value, the label, and period plus source note.</summary>
internal static class KeyFigures
{
    public static KeyFigureRow Row(BriefContext c, IEnumerable<string> indicatorIds, string origin) =>
        new(indicatorIds.Select(id => Card(c, c.Summit.Indicator(id))).ToList()) { Origin = origin };

    public static KeyFigure Card(BriefContext c, Indicator i) =>
        new(c.Figures.Compact(i), i.Label, Note(c, i));

    static string Note(BriefContext c, Indicator i)
    {
        var kind = i.Kind == IndicatorKind.Actual ? "" : $"{FigureFormatter.KindWords(i.Kind)} · ";
        return $"{kind}{FigureFormatter.Period(i.Period)} · source {c.Notes.Marker(i)}";
    }
}
