using Reports.Layout.Model;

namespace Reports.Brief.Composing;

/// <summary>The sources, then every numbered excerpt with the indicators it supports (the brief's last blocks).</summary>
internal static class SourcesComposer
{
    public static IEnumerable<Block> Compose(BriefContext c)
    {
        yield return new Heading(1, Span.Plain(c.Words["sources.title"]), Anchors.Sources);
        for (var i = 0; i < c.Summit.Sources.Count; i++)
            yield return new Paragraph(Source(c, c.Summit.Sources[i])) { Origin = $"$.sources[{i}]" };
        yield return new Heading(2, Span.Plain(c.Words["sources.excerpts"]), null, Bookmark: false);
    }

    /// <summary>One paragraph per excerpt, composed when read: a large dataset has one per indicator.</summary>
    public static IReadOnlyList<Block> Excerpts(BriefContext c) =>
        new ComposedOnRead<SourceNotes.Note, Block>(c.Notes.All, note => Excerpt(c, note));

    static Paragraph Excerpt(BriefContext c, SourceNotes.Note note)
    {
        // With one source, naming it after every excerpt is noise; with several, each excerpt says whose it is.
        var severalSources = c.Summit.Sources.Count > 1;
        return new Paragraph(
        [
            new Span($"[{note.Number}] ", Styles.Bold),
            new Span("“" + note.Excerpt + "”", Styles.Italic) { Language = c.DatasetTextLanguage, Isolated = true },
            new Span(" "),
            new Span(severalSources
                ? c.Words.Format("sources.supportsFrom", ("source", c.SourceTitle(note.SourceId)), ("ids", string.Join(", ", note.IndicatorIds)))
                : c.Words.Format("sources.supports", ("ids", string.Join(", ", note.IndicatorIds))), Styles.MutedText),
        ], ParagraphRole.Small);
    }

    static IReadOnlyList<Span> Source(BriefContext c, Domain.Model.Source s)
    {
        var spans = new List<Span> { new(s.Title, Styles.Bold) { Language = c.DatasetTextLanguage, Isolated = true } };
        if (s.Publisher is { } publisher)
            spans.AddRange([new Span(". "), new Span(publisher) { Language = c.DatasetTextLanguage, Isolated = true }]);
        if (s.Published is { } date)
            spans.Add(new Span(", " + c.Date(date)));
        spans.Add(new Span(". "));
        if (s.Url is { } url)
            spans.Add(new Span(url, Styles.Link, LinkUrl: url));
        if (s.Note is { } note)
            spans.AddRange([new Span(" "), new Span(note, Styles.MutedText) { Language = c.DatasetTextLanguage, Isolated = true }]);
        return spans;
    }
}
