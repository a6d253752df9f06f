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
        new(c.Figures.Qualified(i), i.Label, Note(c, i));

    static string Note(BriefContext c, Indicator i)
    {
        var kind = i.Kind == IndicatorKind.Actual ? "" : $"{FigureFormatterWords.Kind(i.Kind)} · ";
        return $"{kind}{Periods.Display(i.Period)} · source {c.Notes.Marker(i)}";
    }
}

/// <summary>Words for the kind of a figure as a reader sees them.</summary>
internal static class FigureFormatterWords
{
    public static string Kind(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Target => "target",
        IndicatorKind.Forecast => "forecast",
        _ => "actual",
    };
}

/// <summary>Periods as a reader writes them: "2024/2025" → "2024–2025".</summary>
internal static class Periods
{
    public static string Display(string period) => period.Replace('/', '–');
}
