using Reports.Layout.Model;

namespace Reports.Brief.Composing;

/// <summary>The documents signed, grouped by category.</summary>
internal static class AgreementsComposer
{
    public static IEnumerable<Block> Compose(BriefContext c)
    {
        if (c.Summit.Agreements.Count == 0)
            yield break;
        // The heading, the count and the first category stay together: no page ends after the introduction.
        var blocks = Blocks(c).ToList();
        var opening = Math.Min(blocks.Count, c.Summit.Event.DocumentsSignedIndicatorId is null ? 3 : 4);
        yield return new KeepTogether(blocks[..opening]);
        foreach (var block in blocks[opening..])
            yield return block;
    }

    static IEnumerable<Block> Blocks(BriefContext c)
    {
        yield return new Heading(1, Span.Plain(c.Words["agreements.title"]), Anchors.Agreements);
        if (c.Summit.Event.DocumentsSignedIndicatorId is { } id)
        {
            var total = c.Summit.Indicator(id);
            yield return new Paragraph([new Span(total.Label) { Language = c.DatasetTextLanguage, Isolated = true }, new Span(": "), .. Isolates.Figure(c, total, Styles.Bold),
                .. Isolates.Sentence(c, total.QualifierText is { } words ? $" ({Isolates.Mark($"“{words}”")}). " : ". "),
                new Span(c.Words["agreements.introduction"])]);
        }
        for (var i = 0; i < c.Summit.Agreements.Count; i++)
        {
            var category = c.Summit.Agreements[i];
            yield return new Heading(2, [new Span(category.Name) { Isolated = true }], null, Bookmark: false) { Origin = $"$.agreements[{i}].name" };
            yield return new BulletList(category.Documents.Select(d => Item(c, d)).ToList()) { Origin = $"$.agreements[{i}].documents" };
        }
    }

    static IReadOnlyList<Span> Item(BriefContext c, Domain.Model.Agreement d) =>
        d.Description is { } description
            ? [new Span(d.Title, Styles.Bold) { Language = c.DatasetTextLanguage, Isolated = true }, new Span(" — "), new Span(description) { Language = c.DatasetTextLanguage, Isolated = true }]
            : [new Span(d.Title, Styles.Bold) { Language = c.DatasetTextLanguage, Isolated = true }];
}
