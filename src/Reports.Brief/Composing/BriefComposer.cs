using Reports.Domain.Changes;
using Reports.Domain.Model;
using Reports.Layout.Model;

namespace Reports.Brief.Composing;

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
        IReadOnlyList<Block> flow = new Concatenated<Block>(blocks, SourcesComposer.Excerpts(c));
        if (Disclaimer(c) is { } last)
            flow = new Concatenated<Block>(flow, last);
        return new DocumentSpec(Metadata(c), flow, Decorations(c))
        {
            Look = Branding.BrandLook.For(c.Options.Brand),
            RightToLeft = c.RightToLeft,
        };
    }

    static DocumentMetadata Metadata(BriefContext c)
    {
        var e = c.Summit.Event;
        var keywords = e.Parties.Select(p => p.Name).Concat(c.Summit.Themes.Select(t => t.Title));
        return new DocumentMetadata(
            e.Title,
            e.Subtitle ?? c.Words.Format("metadata.subject", ("title", e.Title)),
            c.Options.Brand.Name ?? "Reports",
            string.Join(", ", keywords),
            $"Reports {c.Options.GeneratorVersion}",
            $"Reports {c.Options.GeneratorVersion}",
            c.Options.GeneratedAt)
        { Language = c.DocumentLanguage };
    }

    static PageDecorations Decorations(BriefContext c)
    {
        var source = c.Words.Format("footer.source", ("sources", string.Join("; ", c.Summit.Sources.Select(s => s.Title))));
        var brand = c.Options.Brand;
        return new PageDecorations(c.Summit.Event.Title, Shorten(source, 90), PageXOfY: true, FirstDecoratedPage: 2)
        {
            PageNumber = c.Words["footer.pageXOfY"],
            Marking = brand.Markings.Marking,
            Watermark = brand.Markings.Watermark,
            HeaderLogo = Branding.BrandLook.Logo(brand.Logos.ForHeader),
            CoverLogo = Branding.BrandLook.Logo(brand.Logos.ForCover),
            CoverLogoHeight = CoverComposer.LogoHeight(brand),
        };
    }

    /// <summary>The brand's disclaimer as the brief's last paragraph, unless it goes on the cover.</summary>
    static Block[]? Disclaimer(BriefContext c) =>
        c.Options.Brand.Markings is { Disclaimer: { } text, DisclaimerOnCover: false }
            ? [new Spacer(12), new Paragraph(Span.Plain(text), ParagraphRole.Caption) { Origin = "brand:$.defaults.reports.disclaimer" }]
            : null;

    static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
