using Reports.Layout.Model;

namespace Reports.Brief.Composing;

/// <summary>The table of contents: every section, with its real page number, each entry a link.</summary>
internal static class ContentsComposer
{
    public static IEnumerable<Block> Compose(BriefContext c)
    {
        yield return new Heading(1, Span.Plain(c.Words["contents.title"]), Anchors.Contents);
        yield return new TableOfContents(Entries(c).ToList());
        yield return new PageBreak();
    }

    static IEnumerable<TocEntry> Entries(BriefContext c)
    {
        yield return new TocEntry(1, c.Words["summary.title"], Anchors.Summary);
        if (c.Changes is not null)
            yield return new TocEntry(1, ChangesComposer.Title(c), Anchors.Changes);
        foreach (var (theme, n) in c.Summit.Themes.Select((t, i) => (t, i + 1)))
            yield return new TocEntry(1, ThemeComposer.Title(c, theme, n), Anchors.Of(theme)) { Spans = ThemeComposer.TitleSpans(c, theme, n) is { Count: > 1 } spans ? spans : null };
        if (c.Summit.Agreements.Count > 0)
            yield return new TocEntry(1, c.Words["agreements.title"], Anchors.Agreements);
        if (c.Options.Appendix != AppendixMode.None)
            yield return new TocEntry(1, AppendixComposer.Title(c), Anchors.Appendix);
        yield return new TocEntry(1, c.Words["sources.title"], Anchors.Sources);
    }
}
