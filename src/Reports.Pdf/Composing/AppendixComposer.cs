using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Layout.Model;

namespace Reports.Pdf.Composing;

/// <summary>
/// Every indicator in one table that pages with its header repeated. With --appendix top, the first N
/// of each theme (the workbook always holds all rows); with none, no appendix.
/// </summary>
internal static class AppendixComposer
{
    static readonly TableColumn[] Columns =
    [
        new("Id", 1.55), new("Indicator", 2.5, CellAlign.Left), new("Value", 1.75, CellAlign.Right), new("Unit", 0.9),
        new("Period", 1.2), new("Kind", 1.0), new("Source", 0.95, CellAlign.Center),
    ];

    public static IEnumerable<Block> Compose(BriefContext c)
    {
        if (c.Options.Appendix == AppendixMode.None)
            yield break;
        var shown = Shown(c).ToList();
        yield return new Heading(1, Span.Plain("Appendix: all indicators"), Anchors.Appendix);
        yield return new Paragraph(Span.Plain(Introduction(c, shown.Count)), ParagraphRole.Small);
        yield return new Table(Columns, new ComposedOnRead<Indicator, IReadOnlyList<TableCell>>(shown, i => Row(c, i))) { Origin = "$.indicators" };
    }

    static IEnumerable<Indicator> Shown(BriefContext c) => c.Options.Appendix == AppendixMode.Top
        ? c.Summit.Themes.SelectMany(t => c.Summit.IndicatorsOf(t).Take(c.Options.TopPerTheme))
        : c.Summit.Indicators;

    static string Introduction(BriefContext c, int shown)
    {
        var all = c.Summit.Indicators.Count;
        var scope = shown == all ? $"All {all} indicators" : $"The first {c.Options.TopPerTheme} indicators of each theme ({shown} of {all}; the workbook lists all)";
        return $"{scope}. Values keep the source's qualifier: ~ approximately, + more than, “at least”, “up to”. The source column points at the excerpts under Sources.";
    }

    static IReadOnlyList<TableCell> Row(BriefContext c, Indicator i) =>
    [
        TableCell.Of(i.Id), TableCell.Of(i.Label), TableCell.Of(c.Figures.Qualified(i)), TableCell.Of(i.Unit.Id), TableCell.Of(FigureFormatter.Period(i.Period)),
        TableCell.Of(FigureFormatter.KindWords(i.Kind)), new TableCell([new Span(c.Notes.Marker(i), Styles.Link, LinkAnchor: Anchors.Sources)]),
    ];
}
