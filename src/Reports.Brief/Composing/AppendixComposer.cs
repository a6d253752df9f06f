using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Layout.Model;

namespace Reports.Brief.Composing;

/// <summary>
/// Every indicator in one table that pages with its header repeated. With --appendix top, the first N
/// of each theme (the workbook always holds all rows); with none, no appendix.
/// </summary>
internal static class AppendixComposer
{
    /// <summary>The widest form a period takes on one line (a range breaks after its dash).</summary>
    const string WidestPeriod = "0000-00-00–";

    /// <summary>
    /// The columns; the value column is widened to the longest value shown, the period column to a whole
    /// date, the unit and kind columns to their longest word, so none of them is ever cut.
    /// </summary>
    static TableColumn[] Columns(BriefContext c, string longestValue, string longestUnitWord) =>
    [
        new(c.Words["table.id"], 1.55), new(c.Words["table.indicator"], 2.5, CellAlign.Left), new(c.Words["table.value"], 1.75, CellAlign.Right) { FitText = longestValue },
        new(c.Words["table.unit"], 0.9) { FitText = longestUnitWord }, new(c.Words["table.period"], 1.2) { FitText = WidestPeriod },
        new(c.Words["table.kind"], 1.0) { FitText = Enum.GetValues<IndicatorKind>().Select(c.Figures.KindWords).MaxBy(k => k.Length) },
        new(c.Words["table.source"], 0.95, CellAlign.Center),
    ];

    public static IEnumerable<Block> Compose(BriefContext c)
    {
        if (c.Options.Appendix == AppendixMode.None)
            yield break;
        var shown = Shown(c).ToList();
        yield return new Heading(1, Span.Plain(Title(c)), Anchors.Appendix);
        yield return new Paragraph(Span.Plain(Introduction(c, shown.Count)), ParagraphRole.Small);
        if (c.Changes is not null && Markers.AnyAmong(c, shown))
            yield return new Paragraph(Markers.Legend(c), ParagraphRole.Small);
        var longest = shown.Select(c.Figures.Qualified).MaxBy(v => v.Length) ?? "";
        var unitWord = shown.Select(i => i.Unit.Id).Distinct().SelectMany(u => u.Split(' ')).MaxBy(w => w.Length) ?? "";
        yield return new Table(Columns(c, longest, unitWord), new ComposedOnRead<Indicator, IReadOnlyList<TableCell>>(shown, i => Row(c, i))) { Origin = "$.indicators" };
    }

    static IEnumerable<Indicator> Shown(BriefContext c) => c.Options.Appendix == AppendixMode.Top
        ? c.Summit.Themes.SelectMany(t => c.IndicatorsOf(t).Take(c.Options.TopPerTheme))
        : c.Summit.Indicators;

    /// <summary>The appendix's title: "all indicators" only when it holds them all.</summary>
    public static string Title(BriefContext c) =>
        c.Words[c.Options.Appendix == AppendixMode.Full ? "appendix.title.all" : "appendix.title.some"];

    static string Introduction(BriefContext c, int shown)
    {
        var all = c.Summit.Indicators.Count;
        var culture = c.Options.Culture;
        var scope = shown == all
            ? c.Prose.Count("appendix.scope.all", all)
            : c.Prose.Count("appendix.scope.first", c.Options.TopPerTheme, ("shown", shown.ToString("#,0", culture)), ("total", all.ToString("#,0", culture)));
        return c.Words.Format("appendix.introduction", ("scope", scope));
    }

    static IReadOnlyList<TableCell> Row(BriefContext c, Indicator i) =>
    [
        new TableCell([new Span(i.Id) { BreakOnlyAfter = "-", Isolated = true }]), new TableCell([new Span(i.Label) { Language = c.DatasetTextLanguage, Isolated = true }, .. Markers.After(c, i)]),
        new TableCell(Isolates.Figure(c, i)), new TableCell([new Span(i.Unit.Id) { Isolated = true }]),
        TableCell.BreakingOnlyAfter(FigureFormatter.Period(i.Period), "–"),
        TableCell.Of(c.Figures.KindWords(i.Kind)), new TableCell([new Span(c.Notes.Marker(i), Styles.Link, LinkAnchor: Anchors.Sources)]),
    ];
}
