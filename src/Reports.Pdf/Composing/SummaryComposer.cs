using Reports.Layout.Model;

namespace Reports.Pdf.Composing;

/// <summary>The executive summary, on one page: key judgements, then the headline figures as cards.</summary>
internal static class SummaryComposer
{
    public static IEnumerable<Block> Compose(BriefContext c)
    {
        var s = c.Summit.Summary;
        yield return new Heading(1, Span.Plain("Executive summary"), Anchors.Summary);
        yield return new Paragraph(Span.Plain(Lead(c)), ParagraphRole.Lead);
        yield return new Heading(2, Span.Plain("Key judgements"), null, Bookmark: false);
        yield return new BulletList(s.KeyJudgements.Select(k => Judgement(c, k)).ToList()) { Origin = "$.summary.keyJudgements" };
        yield return new Heading(2, Span.Plain("Headline figures"), null, Bookmark: false);
        foreach (var block in KeyFigures.WithLegend(c, s.HeadlineIndicatorIds, "$.summary.headlineIndicators"))
            yield return block;
        yield return new PageBreak();
    }

    /// <summary>
    /// Who met, where and when, true for any summit: "Russia and China met in Moscow on 8 May 2025." or
    /// "Nine parties met in Komárom on 18 September 2024: Austria, Bulgaria, … and Slovakia."
    /// </summary>
    static string Lead(BriefContext c)
    {
        var e = c.Summit.Event;
        var names = e.Parties.Select(p => p.Name).ToList();
        var where = $"met in {e.Place} on {c.EventDate}";
        var who = names.Count == 2
            ? $"{names[0]} and {names[1]} {where}."
            : $"{Prose.Capitalised(Prose.Count(names.Count, "party", "parties", c.Options.Culture))} {where}: {Prose.List(names)}.";
        return who + " This brief sets out the outcomes theme by theme, each figure with the sentence of the source it comes from.";
    }

    static IReadOnlyList<Span> Judgement(BriefContext c, Domain.Model.KeyJudgement k)
    {
        var spans = new List<Span> { new(k.Text) };
        var notes = k.IndicatorIds.Select(id => c.Notes.NumberOf(c.Summit.Indicator(id))).Distinct().Order().ToList();
        if (notes.Count > 0)
            spans.Add(new Span(" [" + string.Join(", ", notes) + "]", Styles.MutedText, LinkAnchor: Anchors.Sources));
        return spans;
    }
}
