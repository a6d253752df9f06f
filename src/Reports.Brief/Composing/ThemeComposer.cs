using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Layout.Model;

namespace Reports.Brief.Composing;

/// <summary>
/// One section per theme: summary text, key-figure cards, quotes, charts, then the figures shown in
/// neither cards nor charts. The heading, the summary and the first thing after it stay on one page.
/// </summary>
internal static class ThemeComposer
{
    public static string Title(BriefContext c, Theme theme, int number) =>
        c.Words.Format("theme.title", ("number", number.ToString(c.Options.Culture)), ("title", theme.Title));

    /// <summary>The title as spans, the theme's own title isolated where it runs the other way from the brief.</summary>
    public static IReadOnlyList<Span> TitleSpans(BriefContext c, Theme theme, int number) =>
        Isolates.Sentence(c, c.Words.Format("theme.title", ("number", number.ToString(c.Options.Culture)), ("title", Isolates.Mark(theme.Title))));

    public static IEnumerable<Block> Compose(BriefContext c)
    {
        for (var t = 0; t < c.Summit.Themes.Count; t++)
        {
            var blocks = Section(c, c.Summit.Themes[t], t).ToList();
            var opening = Math.Min(blocks.Count, 2 + c.Summit.Themes[t].Summary.Count);
            yield return new KeepTogether(blocks[..opening]);
            foreach (var block in blocks[opening..])
                yield return block;
        }
    }

    static IEnumerable<Block> Section(BriefContext c, Theme theme, int index)
    {
        var path = $"$.themes[{index}]";
        yield return new Heading(1, TitleSpans(c, theme, index + 1), Anchors.Of(theme)) { Origin = path + ".title" };
        for (var p = 0; p < theme.Summary.Count; p++)
            yield return new Paragraph([new Span(theme.Summary[p]) { Language = c.DatasetTextLanguage, Isolated = true }]) { Origin = $"{path}.summary[{p}]" };
        if (theme.KeyFigureIds.Count > 0)
        {
            foreach (var block in KeyFigures.WithLegend(c, theme.KeyFigureIds, path + ".keyFigures"))
                yield return block;
        }
        for (var q = 0; q < theme.Quotes.Count; q++)
            yield return new QuoteBlock([new Span(theme.Quotes[q].Text) { Language = theme.Quotes[q].Language ?? c.DatasetTextLanguage, Isolated = true }], theme.Quotes[q].Speaker) { Origin = $"{path}.quotes[{q}]" };
        foreach (var (chart, k) in c.Summit.Charts.Select((x, k) => (x, k)).Where(x => x.x.ThemeId == theme.Id))
            yield return new ChartBlock(ChartComposer.Describe(c, chart)) { Origin = $"$.charts[{k}]" };
        if (OtherFigures(c, theme) is { Count: > 0 } others)
        {
            yield return new Heading(3, Span.Plain(c.Words["theme.otherFigures"]), null, Bookmark: false);
            yield return new BulletList(others) { Origin = path };
        }
    }

    /// <summary>The theme's indicators in neither its cards nor its charts, one line each, so every figure is in its section once.</summary>
    static IReadOnlyList<IReadOnlyList<Span>> OtherFigures(BriefContext c, Theme theme)
    {
        var shown = theme.KeyFigureIds.Concat(c.Summit.ChartsOf(theme).SelectMany(ChartComposer.IndicatorIds)).ToHashSet(StringComparer.Ordinal);
        return new ComposedOnRead<Indicator, IReadOnlyList<Span>>(
            [.. c.IndicatorsOf(theme).Where(i => !shown.Contains(i.Id))],
            i => OtherFigure(c, i));
    }

    static IReadOnlyList<Span> OtherFigure(BriefContext c, Indicator i) =>
    [
        .. Isolates.Figure(c, i, Styles.Bold),
        new Span(" "),
        new Span(i.Label) { Language = c.DatasetTextLanguage, Isolated = true },
        .. Markers.After(c, i),
        new Span(" ("),
        new Span(FigureFormatter.Period(i.Period)) { BreakOnlyAfter = "–" },
        new Span($"{(i.Kind == IndicatorKind.Actual ? "" : c.Words["list.separator"] + c.Figures.KindWords(i.Kind))}) "),
        new Span(c.Notes.Marker(i), Styles.MutedText, LinkAnchor: Anchors.Sources),
        .. i.Note is { } note ? [new Span(" "), new Span(note, Styles.MutedText) { Language = c.DatasetTextLanguage, Isolated = true }] : Array.Empty<Span>(),
    ];
}
