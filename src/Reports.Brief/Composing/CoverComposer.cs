using Reports.Domain.Model;
using Reports.Layout.Model;

namespace Reports.Brief.Composing;

/// <summary>
/// Page 1: what the meeting was, where and when, who took part, and what it produced. The cover never
/// spills onto a second page: a long title is set smaller, and when the party table still does not fit
/// (many parties) it moves to the next page, which the cover says.
/// </summary>
internal static class CoverComposer
{
    const double SmallerTitle = 20;

    public static IEnumerable<Block> Compose(BriefContext c)
    {
        yield return new FirstThatFits(
        [
            [.. Cover(c, title: null, withParties: true)],
            [.. Cover(c, SmallerTitle, withParties: true)],
            [.. Cover(c, title: null, withParties: false), .. PartiesOnTheNextPage(c)],
            [.. Cover(c, SmallerTitle, withParties: false), .. PartiesOnTheNextPage(c)],
        ]);
        yield return new PageBreak();
    }

    /// <summary>The cover logo's height in points: room at the top of the cover, under the marking.</summary>
    public static double LogoHeight(Domain.Branding.Brand brand) =>
        brand.Logos.ForCover is { } logo ? Math.Min(LogoRoom, MaxLogoWidth / logo.Aspect) : 0;

    const double LogoRoom = 56;
    const double MaxLogoWidth = 220;

    static IEnumerable<Block> Cover(BriefContext c, double? title, bool withParties)
    {
        var e = c.Summit.Event;
        var brand = c.Options.Brand;
        var logo = LogoHeight(brand);
        yield return new Spacer(Math.Max(title is null ? 120 : 48, logo > 0 ? logo + 28 : 0));
        if (brand.Markings.Marking is { } marking)
            yield return new Paragraph([new Span(marking, Styles.Bold)], ParagraphRole.Small) { Origin = "brand:$.defaults.reports.marking" };
        yield return new Paragraph(Isolates.Sentence(c, brand.Name is { } organisation ? c.Words.Format("cover.briefingFor", ("organisation", Isolates.Mark(organisation))) : c.Words["cover.briefing"]), ParagraphRole.Small) { Origin = "brand:$.meta.name" };
        yield return new Paragraph([new Span(e.Title, title is { } size ? new SpanStyle(Size: size) : null) { Language = c.DatasetTextLanguage, Isolated = true }], ParagraphRole.Title) { Origin = "$.event.title" };
        if (e.Subtitle is { } subtitle)
            yield return new Paragraph([new Span(subtitle) { Language = c.DatasetTextLanguage, Isolated = true }], ParagraphRole.Subtitle) { Origin = "$.event.subtitle" };
        yield return new Spacer(24);
        yield return new Paragraph([new Span(c.EventDate, Styles.Bold), new Span(" · "), new Span(e.Place) { Language = c.DatasetTextLanguage, Isolated = true }], ParagraphRole.Lead) { Origin = "$.event.place" };
        if (DateNote(c, e) is { } note)
            yield return new Paragraph(note, ParagraphRole.Small) { Origin = "$.event.dateNote" };
        yield return new Spacer(16);
        if (withParties)
            yield return Parties(c);
        else
            yield return new Paragraph(Span.Plain(c.Prose.Capitalised(c.Prose.Count("cover.partiesNextPage", e.Parties.Count))));
        if (Outcomes(c) is { Count: > 0 } figures)
        {
            yield return new Spacer(16);
            yield return new KeyFigureRow(figures);
        }
        yield return new Spacer(24);
        if (brand.Markings is { Disclaimer: { } disclaimer, DisclaimerOnCover: true })
            yield return new Paragraph(Span.Plain(disclaimer), ParagraphRole.Caption) { Origin = "brand:$.defaults.reports.disclaimer" };
        yield return new Paragraph(Isolates.Sentence(c, c.Words.Format("cover.prepared",
            ("date", c.Date(DateOnly.FromDateTime(c.Options.GeneratedAt.UtcDateTime))),
            ("sources", string.Join("; ", c.Summit.Sources.Select(s => Isolates.Mark(s.Title)))))), ParagraphRole.Small);
    }

    static IEnumerable<Block> PartiesOnTheNextPage(BriefContext c)
    {
        yield return new PageBreak();
        yield return new Heading(2, Span.Plain(c.Words["cover.partiesAndLeaders"]), null, Bookmark: false);
        yield return Parties(c);
    }

    /// <summary>The date note whenever the dataset gives one; an inferred date says so even without a note.</summary>
    static IReadOnlyList<Span>? DateNote(BriefContext c, SummitEvent e) => (e.DateInferred, e.DateNote) switch
    {
        (true, { } note) => [new Span(c.Words["cover.dateInferred"] + c.Words["sentence.separator"]), new Span(note) { Language = c.DatasetTextLanguage, Isolated = true }],
        (true, null) => Span.Plain(c.Words["cover.dateInferred"] + c.Words["sentence.separator"] + c.Words["cover.dateNotStated"]),
        (false, { } note) => [new Span(note) { Language = c.DatasetTextLanguage, Isolated = true }],
        _ => null,
    };

    static Table Parties(BriefContext c) => new(
        [new TableColumn(c.Words["cover.party"], 1), new TableColumn(c.Words["cover.ledBy"], 2)],
        c.Summit.Event.Parties.Select(p => (IReadOnlyList<TableCell>)[new TableCell(Named(c, p.Name, p.NativeName, p.NativeNameLanguage)), new TableCell(Leaders(c, p.Id))]).ToList(),
        RepeatHeader: true, Zebra: false)
    { Origin = "$.event.parties" };

    /// <summary>The cover's outcome cards: the indicators the event names for its length and its documents, with their own labels.</summary>
    static List<KeyFigure> Outcomes(BriefContext c)
    {
        var e = c.Summit.Event;
        return [.. new[] { e.DurationIndicatorId, e.DocumentsSignedIndicatorId }.OfType<string>().Distinct().Select(id => Card(c, c.Summit.Indicator(id)))];
    }

    /// <summary>An outcome card: its label and the source's wording of the qualifier are the dataset's text, in its language.</summary>
    static KeyFigure Card(BriefContext c, Indicator indicator) =>
        new(c.Figures.Compact(indicator), [Dataset(c, indicator.Label)], indicator.QualifierText is { } q ? [Dataset(c, q)] : []) { ValueSpans = Isolates.CardValue(c, indicator) };

    static Span Dataset(BriefContext c, string text) => new(text) { Language = c.DatasetTextLanguage, Isolated = true };

    /// <summary>
    /// "Russia (Россия)"; the native name only when it differs from the name, as a span of its own in its
    /// language (its direction, its CJK forms); the name in the dataset's language where the brief's is another
    /// (so an English name keeps its brackets around the native one in an Arabic brief).
    /// </summary>
    static IReadOnlyList<Span> Named(BriefContext c, string name, string? native, string? language) =>
        native is { } n && !string.Equals(n.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)
            ? [new Span(name + " (") { Language = c.DatasetTextLanguage }, new Span(n) { Language = language }, new Span(")")]
            : [new Span(name) { Language = c.DatasetTextLanguage }];

    static IReadOnlyList<Span> Leaders(BriefContext c, string partyId)
    {
        var leaders = c.Summit.Event.Leaders.Where(l => l.PartyId == partyId)
            .Select(l => (IReadOnlyList<Span>)[.. Named(c, l.Name, l.NativeName, l.NativeNameLanguage), new Span($", {l.Role}") { Language = c.DatasetTextLanguage }]).ToList();
        return leaders.Count > 0 ? [.. leaders.SelectMany((spans, i) => i == 0 ? spans : [new Span("; "), .. spans])] : [new Span("—")];
    }
}
