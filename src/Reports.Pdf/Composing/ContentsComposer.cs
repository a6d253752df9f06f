using Reports.Layout.Model;

namespace Reports.Pdf.Composing;

/// <summary>The table of contents: every section, with its real page number, each entry a link.</summary>
internal static class ContentsComposer
{
    public static IEnumerable<Block> Compose(BriefContext c)
    {
        yield return new Heading(1, Span.Plain("Contents"), Anchors.Contents);
        yield return new TableOfContents(Entries(c).ToList());
        yield return new PageBreak();
    }

    static IEnumerable<TocEntry> Entries(BriefContext c)
    {
        yield return new TocEntry(1, "Executive summary", Anchors.Summary);
        if (c.Changes is not null)
            yield return new TocEntry(1, ChangesComposer.Title(c), Anchors.Changes);
        foreach (var (theme, n) in c.Summit.Themes.Select((t, i) => (t, i + 1)))
            yield return new TocEntry(1, ThemeComposer.Title(theme, n), Anchors.Of(theme));
        if (c.Summit.Agreements.Count > 0)
            yield return new TocEntry(1, "Agreements signed", Anchors.Agreements);
        if (c.Options.Appendix != AppendixMode.None)
            yield return new TocEntry(1, AppendixComposer.Title(c.Options), Anchors.Appendix);
        yield return new TocEntry(1, "Sources", Anchors.Sources);
    }
}
