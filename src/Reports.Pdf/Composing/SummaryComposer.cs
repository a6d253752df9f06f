using Reports.Layout;
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
        yield return KeyFigures.Row(c, s.HeadlineIndicatorIds, "$.summary.headlineIndicators");
        yield return new PageBreak();
    }

    static string Lead(BriefContext c)
    {
        var e = c.Summit.Event;
        var parties = string.Join(" and ", e.Parties.Select(p => p.Name));
        return $"{e.Title}: talks between {parties} in {e.Place} on {c.EventDate}. "
            + $"This brief sets out what was agreed, theme by theme, with every figure traced to its source.";
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
