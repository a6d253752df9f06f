using Reports.Layout.Model;

namespace Reports.Pdf.Composing;

/// <summary>The documents signed, grouped by category.</summary>
internal static class AgreementsComposer
{
    public static IEnumerable<Block> Compose(BriefContext c)
    {
        if (c.Summit.Agreements.Count == 0)
            yield break;
        yield return new Heading(1, Span.Plain("Agreements signed"), Anchors.Agreements);
        if (c.Summit.Event.DocumentsSignedIndicatorId is { } id)
        {
            var total = c.Summit.Indicator(id);
            yield return new Paragraph([new Span("Documents signed: "), new Span(c.Figures.Qualified(total), Styles.Bold),
                new Span(total.QualifierText is { } words ? $" (“{words}”). " : ". "),
                new Span("The source names the kinds of document below, not each one.")]);
        }
        for (var i = 0; i < c.Summit.Agreements.Count; i++)
        {
            var category = c.Summit.Agreements[i];
            yield return new Heading(2, Span.Plain(category.Name), null, Bookmark: false) { Origin = $"$.agreements[{i}].name" };
            yield return new BulletList(category.Documents.Select(d => Item(d)).ToList()) { Origin = $"$.agreements[{i}].documents" };
        }
    }

    static IReadOnlyList<Span> Item(Domain.Model.Agreement d) =>
        d.Description is { } description
            ? [new Span(d.Title, Styles.Bold), new Span(" — " + description)]
            : [new Span(d.Title, Styles.Bold)];
}
