using Reports.Domain.Changes;
using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Layout.Model;

namespace Reports.Pdf.Composing;

/// <summary>
/// "Changes since 8 May 2025", after the executive summary when there is an earlier edition: the change
/// set in a sentence, the legend of the marks, then tables of figures changed, added and removed (old and
/// new value, the change in percent), the judgements, agreements, quotes and sources added or removed, and
/// a moved event date. A long list stops after <see cref="MaxRows"/> rows; the workbook lists every change.
/// </summary>
internal static class ChangesComposer
{
    public const int MaxRows = 100;

    const string Origin = "the changes since the earlier edition";

    public static string Title(BriefContext c) => "Changes since " + c.ChangeTexts.Date(c.Changes!.Since);

    public static IEnumerable<Block> Compose(BriefContext c)
    {
        if (c.Changes is not { } changes)
            yield break;
        yield return new Heading(1, Span.Plain(Title(c)), Anchors.Changes);
        yield return new Paragraph(Span.Plain(c.ChangeTexts.Overview(changes)), ParagraphRole.Lead) { Origin = Origin };
        if (changes.IsEmpty)
        {
            yield return new PageBreak();
            yield break;
        }
        yield return new Paragraph([new Span("Figures are matched by their indicator id and marked where they appear: "), .. Markers.Legend(c, withLink: false), new Span(".")], ParagraphRole.Small);
        foreach (var block in Changed(c, changes.IndicatorsThat(ChangeKind.Changed)))
            yield return block;
        foreach (var block in Listed(c, changes.IndicatorsThat(ChangeKind.Added), "Figures added", "Value", "added figure"))
            yield return block;
        foreach (var block in Listed(c, changes.IndicatorsThat(ChangeKind.Removed), "Figures removed", "Last value", "removed figure"))
            yield return block;
        foreach (var block in Others(c, changes))
            yield return block;
        yield return new PageBreak();
    }

    static IEnumerable<Block> Changed(BriefContext c, IReadOnlyList<IndicatorChange> changed)
    {
        if (changed.Count == 0)
            yield break;
        yield return new Heading(2, Span.Plain("Figures changed"), null, Bookmark: false);
        TableColumn[] columns =
        [
            new("Indicator", 2.6), new("Previous", 1.5, CellAlign.Right), new("Current", 1.5, CellAlign.Right), new("Change", 1.6),
        ];
        yield return Table(columns, changed, change => [Indicator(change.Latest), Value(c, change.Before!), Value(c, change.After!), TableCell.Of(What(c, change))]);
        foreach (var more in More(c, changed.Count, "changed figure", "changed figures"))
            yield return more;
    }

    static IEnumerable<Block> Listed(BriefContext c, IReadOnlyList<IndicatorChange> listed, string heading, string valueHeader, string what)
    {
        if (listed.Count == 0)
            yield break;
        yield return new Heading(2, Span.Plain(heading), null, Bookmark: false);
        TableColumn[] columns =
        [
            new("Indicator", 3.2), new(valueHeader, 1.6, CellAlign.Right), new("Period", 1.2) { FitText = "0000-00-00–" },
        ];
        yield return Table(columns, listed, change => [Indicator(change.Latest), Value(c, change.Latest), TableCell.BreakingOnlyAfter(FigureFormatter.Period(change.Latest.Period), "–")]);
        foreach (var more in More(c, listed.Count, what, what + "s"))
            yield return more;
    }

    static Table Table(TableColumn[] columns, IReadOnlyList<IndicatorChange> changes, Func<IndicatorChange, IReadOnlyList<TableCell>> row) =>
        new(columns, new ComposedOnRead<IndicatorChange, IReadOnlyList<TableCell>>([.. changes.Take(MaxRows)], row)) { Origin = Origin };

    /// <summary>"… and 1,234 more changed figures; the workbook's Changes sheet lists every change."</summary>
    static IEnumerable<Block> More(BriefContext c, int count, string singular, string plural)
    {
        var more = count - MaxRows;
        if (more > 0)
            yield return new Paragraph(Span.Plain($"… and {more.ToString("#,0", c.Options.Culture)} more {(more == 1 ? singular : plural)}; the workbook’s Changes sheet lists every change."), ParagraphRole.Small);
    }

    /// <summary>The label, and under it the id in small muted type (labels can repeat; ids cannot).</summary>
    static TableCell Indicator(Indicator indicator) =>
        new([new Span(indicator.Label + "\n"), new Span(indicator.Id, Styles.MutedText) { BreakOnlyAfter = "-" }]);

    static TableCell Value(BriefContext c, Indicator indicator) => TableCell.Unbroken(c.ChangeTexts.Qualified(indicator));

    /// <summary>"+6 %", "period 2024 → 2025", "actual → forecast", "unit changed", "qualifier changed".</summary>
    static string What(BriefContext c, IndicatorChange change)
    {
        var parts = new List<string>();
        if (c.ChangeTexts.Percent(change) is { } percent)
            parts.Add(percent);
        if (change.Fields.Contains(IndicatorField.Unit))
            parts.Add("unit changed");
        if (change.Fields.Contains(IndicatorField.Qualifier))
            parts.Add("qualifier changed");
        parts.AddRange(c.ChangeTexts.OtherParts(change));
        if (parts.Count == 0 && change.Difference is { } difference)
            parts.Add((difference > 0 ? "+" : "") + c.Figures.Number(difference, change.Latest.Unit));
        return string.Join("; ", parts);
    }

    static IEnumerable<Block> Others(BriefContext c, ChangeSet changes)
    {
        var items = changes.Items.Select(i => Item(i)).ToList();
        if (changes.EventDate is { } date)
            items.Add([new Span("Event date", Styles.Bold), new Span($" moved from {c.ChangeTexts.EventBefore(date)} to {c.ChangeTexts.EventAfter(date)}.")]);
        if (items.Count == 0)
            yield break;
        yield return new Heading(2, Span.Plain("Judgements, agreements, quotes and sources"), null, Bookmark: false);
        yield return new BulletList(items.Take(MaxRows).ToList()) { Origin = Origin };
        foreach (var more in More(c, items.Count, "change", "changes"))
            yield return more;
    }

    /// <summary>"Key judgement added: …", "Quote removed: “…” (Vladimir Putin)".</summary>
    static IReadOnlyList<Span> Item(ItemChange item)
    {
        var what = Prose.Capitalised(ChangeTexts.ItemWords(item.Item)) + " " + ChangeTexts.KindWords(item.Kind) + ": ";
        var text = item.Item == ItemKind.Quote ? $"“{item.Text}”" : item.Text;
        var detail = item.Detail is { } d ? $" ({d})" : "";
        return [new Span(what, Styles.Bold), new Span(text), new Span(detail, Styles.MutedText)];
    }
}
