using Reports.Layout.Model;

namespace Reports.Brief.Composing;

/// <summary>The executive summary, on one page: key judgements, then the headline figures as cards.</summary>
internal static class SummaryComposer
{
    public static IEnumerable<Block> Compose(BriefContext c)
    {
        var s = c.Summit.Summary;
        yield return new Heading(1, Span.Plain(c.Words["summary.title"]), Anchors.Summary);
        yield return new Paragraph(Isolates.Sentence(c, Lead(c)), ParagraphRole.Lead);
        yield return new Heading(2, Span.Plain(c.Words["summary.keyJudgements"]), null, Bookmark: false);
        yield return new BulletList(s.KeyJudgements.Select(k => Judgement(c, k)).ToList()) { Origin = "$.summary.keyJudgements" };
        yield return new Heading(2, Span.Plain(c.Words["summary.headlineFigures"]), null, Bookmark: false);
        foreach (var block in KeyFigures.WithLegend(c, s.HeadlineIndicatorIds, "$.summary.headlineIndicators"))
            yield return block;
        yield return new PageBreak();
    }

    /// <summary>
    /// Who met, where and when, true for any summit: "Russia and China met in Moscow on 8 May 2025." or
    /// "Nine parties met in Komárom on 18 September 2024: Austria, Bulgaria, … and Slovakia." The names and the
    /// place are marked for isolation (see <see cref="Isolates"/>).
    /// </summary>
    static string Lead(BriefContext c)
    {
        var e = c.Summit.Event;
        var names = e.Parties.Select(p => Isolates.Mark(p.Name)).ToList();
        (string, string)[] where = [("place", Isolates.Mark(e.Place)), ("date", c.EventDate)];
        var who = names.Count == 2
            ? c.Words.Format("summary.lead.two", [("first", names[0]), ("second", names[1]), .. where])
            : c.Prose.Capitalised(c.Prose.Count("summary.lead.many", names.Count, [("list", c.Prose.List(names)), .. where]));
        return who + c.Words["sentence.separator"] + c.Words["summary.lead.method"];
    }

    static IReadOnlyList<Span> Judgement(BriefContext c, Domain.Model.KeyJudgement k)
    {
        var spans = new List<Span> { new(k.Text) { Language = c.DatasetTextLanguage, Isolated = true } };
        var notes = k.IndicatorIds.Select(id => c.Notes.NumberOf(c.Summit.Indicator(id))).Distinct().Order().ToList();
        if (notes.Count > 0)
            spans.Add(new Span(" [" + string.Join(", ", notes) + "]", Styles.MutedText, LinkAnchor: Anchors.Sources));
        return spans;
    }
}
