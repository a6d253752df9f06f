using Reports.Domain.Changes;
using Reports.Domain.Model;
using Reports.Layout.Model;

namespace Reports.Pdf.Composing;

/// <summary>
/// The brief as a document: cover, executive summary, the changes since an earlier edition (when there is
/// one), contents, one section per theme, agreements,
/// appendix, sources. Composed from the domain model only; nothing here knows a particular summit.
/// The parts that grow with the dataset (appendix rows, figure lists, excerpts) are composed when the
/// layout reads them (<see cref="ComposedOnRead{TSource, T}"/>), so they are never all in memory.
/// </summary>
internal static class BriefComposer
{
    /// <param name="changes">What changed since an earlier edition: a change section after the summary and
    /// marks on the changed figures; null for neither.</param>
    public static DocumentSpec Compose(Summit summit, BriefOptions options, ChangeSet? changes = null)
    {
        var c = BriefContext.For(summit, options, changes);
        List<Block> blocks =
        [
            .. CoverComposer.Compose(c),
            .. SummaryComposer.Compose(c),
            .. ChangesComposer.Compose(c),
            .. ContentsComposer.Compose(c),
            .. ThemeComposer.Compose(c),
            .. AgreementsComposer.Compose(c),
            .. AppendixComposer.Compose(c),
            .. SourcesComposer.Compose(c),
        ];
        return new DocumentSpec(Metadata(c), new Concatenated<Block>(blocks, SourcesComposer.Excerpts(c)), Decorations(c));
    }

    static DocumentMetadata Metadata(BriefContext c)
    {
        var e = c.Summit.Event;
        var keywords = e.Parties.Select(p => p.Name).Concat(c.Summit.Themes.Select(t => t.Title));
        return new DocumentMetadata(
            e.Title,
            e.Subtitle ?? $"Brief on {e.Title}",
            "Reports",
            string.Join(", ", keywords),
            $"Reports {c.Options.GeneratorVersion}",
            $"Reports {c.Options.GeneratorVersion}",
            c.Options.GeneratedAt)
        { Language = c.Summit.Language };
    }

    static PageDecorations Decorations(BriefContext c)
    {
        var source = "Source: " + string.Join("; ", c.Summit.Sources.Select(s => s.Title));
        return new PageDecorations(c.Summit.Event.Title, Shorten(source, 90), PageXOfY: true, FirstDecoratedPage: 2);
    }

    static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
