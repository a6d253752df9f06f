using Reports.Layout;
using Reports.Layout.Model;

namespace Reports.Pdf.Composing;

/// <summary>Page 1: what the meeting was, where and when, who took part, and what it produced.</summary>
internal static class CoverComposer
{
    public static IEnumerable<Block> Compose(BriefContext c)
    {
        var e = c.Summit.Event;
        yield return new Spacer(120);
        yield return new Paragraph(Span.Plain("BRIEFING"), ParagraphRole.Small);
        yield return new Paragraph(Span.Plain(e.Title), ParagraphRole.Title) { Origin = "$.event.title" };
        if (e.Subtitle is { } subtitle)
            yield return new Paragraph(Span.Plain(subtitle), ParagraphRole.Subtitle) { Origin = "$.event.subtitle" };
        yield return new Spacer(24);
        yield return new Paragraph([new Span(c.EventDate, Styles.Bold), new Span(" · " + e.Place)], ParagraphRole.Lead) { Origin = "$.event.place" };
        if (e.DateInferred)
            yield return new Paragraph(Span.Plain("Date inferred. " + (e.DateNote ?? "The source does not state it.")), ParagraphRole.Small) { Origin = "$.event.dateNote" };
        yield return new Spacer(16);
        yield return new Table(
            [new TableColumn("Party", 1), new TableColumn("Led by", 2)],
            e.Parties.Select((p, i) => (IReadOnlyList<TableCell>)[TableCell.Of(PartyName(p)), TableCell.Of(Leaders(c, p.Id))]).ToList(),
            RepeatHeader: true, Zebra: false)
        { Origin = "$.event.parties" };
        if (Outcomes(c) is { Count: > 0 } figures)
        {
            yield return new Spacer(16);
            yield return new KeyFigureRow(figures);
        }
        yield return new Spacer(24);
        yield return new Paragraph(Span.Plain($"Prepared {c.Date(DateOnly.FromDateTime(c.Options.GeneratedAt.UtcDateTime))} from "
            + string.Join("; ", c.Summit.Sources.Select(s => s.Title)) + "."), ParagraphRole.Small);
        yield return new PageBreak();
    }

    static List<KeyFigure> Outcomes(BriefContext c)
    {
        var e = c.Summit.Event;
        var cards = new List<KeyFigure>();
        if (e.DurationIndicatorId is { } duration)
            cards.Add(Card(c, duration, "Length of the talks"));
        if (e.DocumentsSignedIndicatorId is { } documents)
            cards.Add(Card(c, documents, "Documents signed"));
        return cards;
    }

    static KeyFigure Card(BriefContext c, string id, string label)
    {
        var indicator = c.Summit.Indicator(id);
        return new KeyFigure(c.Figures.Compact(indicator), label, indicator.QualifierText);
    }

    static string PartyName(Domain.Model.Party p) => p.NativeName is { } native ? $"{p.Name} ({native})" : p.Name;

    static string Leaders(BriefContext c, string partyId) =>
        string.Join("; ", c.Summit.Event.Leaders.Where(l => l.PartyId == partyId)
            .Select(l => l.NativeName is { } n ? $"{l.Name} ({n}), {l.Role}" : $"{l.Name}, {l.Role}"));
}
