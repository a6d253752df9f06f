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
    /// <summary>The widest form a period takes on one line (a range breaks after its dash).</summary>
    const string WidestPeriod = "0000-00-00–";

    /// <summary>
    /// The columns; the value column is widened to the longest value shown, the period column to a whole
    /// date, the unit and kind columns to their longest word, so none of them is ever cut.
    /// </summary>
    static TableColumn[] Columns(string longestValue, string longestUnitWord) =>
    [
        new("Id", 1.55), new("Indicator", 2.5, CellAlign.Left), new("Value", 1.75, CellAlign.Right) { FitText = longestValue },
        new("Unit", 0.9) { FitText = longestUnitWord }, new("Period", 1.2) { FitText = WidestPeriod },
        new("Kind", 1.0) { FitText = Enum.GetValues<IndicatorKind>().Select(FigureFormatter.KindWords).MaxBy(k => k.Length) },
        new("Source", 0.95, CellAlign.Center),
    ];

    public static IEnumerable<Block> Compose(BriefContext c)
    {
        if (c.Options.Appendix == AppendixMode.None)
            yield break;
        var shown = Shown(c).ToList();
        yield return new Heading(1, Span.Plain(Title(c.Options)), Anchors.Appendix);
        yield return new Paragraph(Span.Plain(Introduction(c, shown.Count)), ParagraphRole.Small);
        if (c.Changes is not null && Markers.AnyAmong(c, shown))
            yield return new Paragraph(Markers.Legend(c), ParagraphRole.Small);
        var longest = shown.Select(c.Figures.Qualified).MaxBy(v => v.Length) ?? "";
        var unitWord = shown.Select(i => i.Unit.Id).Distinct().SelectMany(u => u.Split(' ')).MaxBy(w => w.Length) ?? "";
        yield return new Table(Columns(longest, unitWord), new ComposedOnRead<Indicator, IReadOnlyList<TableCell>>(shown, i => Row(c, i))) { Origin = "$.indicators" };
    }

    static IEnumerable<Indicator> Shown(BriefContext c) => c.Options.Appendix == AppendixMode.Top
        ? c.Summit.Themes.SelectMany(t => c.Summit.IndicatorsOf(t).Take(c.Options.TopPerTheme))
        : c.Summit.Indicators;

    /// <summary>The appendix's title: "all indicators" only when it holds them all.</summary>
    public static string Title(BriefOptions options) =>
        options.Appendix == AppendixMode.Full ? "Appendix: all indicators" : "Appendix: indicators";

    static string Introduction(BriefContext c, int shown)
    {
        var all = c.Summit.Indicators.Count;
        var culture = c.Options.Culture;
        var scope = shown == all
            ? all switch { 1 => "The one indicator", 2 => "Both indicators", _ => $"All {Prose.Count(all, "indicator", "indicators", culture)}" }
            : $"{(c.Options.TopPerTheme == 1 ? "The first indicator" : "The first " + Prose.Count(c.Options.TopPerTheme, "indicator", "indicators", culture))} of each theme ({shown.ToString("#,0", culture)} of {all.ToString("#,0", culture)}; the workbook lists all)";
        return $"{scope}. Values keep the source's qualifier: ~ approximately, + more than, “at least”, “up to”. The source column points at the excerpts under Sources.";
    }

    static IReadOnlyList<TableCell> Row(BriefContext c, Indicator i) =>
    [
        TableCell.BreakingOnlyAfter(i.Id, "-"), new TableCell([new Span(i.Label), .. Markers.After(c, i)]), TableCell.Unbroken(c.Figures.Qualified(i)), TableCell.Of(i.Unit.Id),
        TableCell.BreakingOnlyAfter(FigureFormatter.Period(i.Period), "–"),
        TableCell.Of(FigureFormatter.KindWords(i.Kind)), new TableCell([new Span(c.Notes.Marker(i), Styles.Link, LinkAnchor: Anchors.Sources)]),
    ];
}
