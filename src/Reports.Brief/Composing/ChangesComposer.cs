using Reports.Domain.Changes;
using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Layout.Model;

namespace Reports.Brief.Composing;

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

    public static string Title(BriefContext c) => c.Words.Format("changes.title", ("date", c.ChangeTexts.Date(c.Changes!.Since)));

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
        yield return new Paragraph([new Span(c.Words["changes.matched"] + " "), .. Markers.Legend(c, withLink: false), new Span(".")], ParagraphRole.Small);
        foreach (var block in Changed(c, changes.IndicatorsThat(ChangeKind.Changed)))
            yield return block;
        foreach (var block in Listed(c, changes.IndicatorsThat(ChangeKind.Added), "changes.added", "table.value"))
            yield return block;
        foreach (var block in Listed(c, changes.IndicatorsThat(ChangeKind.Removed), "changes.removed", "changes.lastValue"))
            yield return block;
        foreach (var block in Others(c, changes))
            yield return block;
        yield return new PageBreak();
    }

    static IEnumerable<Block> Changed(BriefContext c, IReadOnlyList<IndicatorChange> changed)
    {
        if (changed.Count == 0)
            yield break;
        yield return new Heading(2, Span.Plain(c.Words["changes.changed"]), null, Bookmark: false);
        TableColumn[] columns =
        [
            new(c.Words["table.indicator"], 2.6), new(c.Words["changes.previous"], 1.5, CellAlign.Right), new(c.Words["changes.current"], 1.5, CellAlign.Right), new(c.Words["changes.change"], 1.6),
        ];
        yield return Table(columns, changed, change => [Indicator(c, change.Latest), Value(c, change.Before!), Value(c, change.After!), TableCell.Of(What(c, change))]);
        foreach (var more in More(c, changed.Count, "changes.more.changed"))
            yield return more;
    }

    /// <param name="key">The catalog key of the heading; "key.more" is the line after a cut list.</param>
    static IEnumerable<Block> Listed(BriefContext c, IReadOnlyList<IndicatorChange> listed, string key, string valueHeader)
    {
        if (listed.Count == 0)
            yield break;
        yield return new Heading(2, Span.Plain(c.Words[key]), null, Bookmark: false);
        TableColumn[] columns =
        [
            new(c.Words["table.indicator"], 3.2), new(c.Words[valueHeader], 1.6, CellAlign.Right), new(c.Words["table.period"], 1.2) { FitText = "0000-00-00–" },
        ];
        yield return Table(columns, listed, change => [Indicator(c, change.Latest), Value(c, change.Latest), TableCell.BreakingOnlyAfter(FigureFormatter.Period(change.Latest.Period), "–")]);
        foreach (var more in More(c, listed.Count, key + ".more"))
            yield return more;
    }

    static Table Table(TableColumn[] columns, IReadOnlyList<IndicatorChange> changes, Func<IndicatorChange, IReadOnlyList<TableCell>> row) =>
        new(columns, new ComposedOnRead<IndicatorChange, IReadOnlyList<TableCell>>([.. changes.Take(MaxRows)], row)) { Origin = Origin };

    /// <summary>"… and 1,234 more changed figures; the workbook's Changes sheet lists every change."</summary>
    static IEnumerable<Block> More(BriefContext c, int count, string key)
    {
        var more = count - MaxRows;
        if (more > 0)
            yield return new Paragraph(Span.Plain(c.Words.Count(key, more, more.ToString("#,0", c.Options.Culture))), ParagraphRole.Small);
    }

    /// <summary>The label, and under it the id in small muted type (labels can repeat; ids cannot).</summary>
    static TableCell Indicator(BriefContext c, Indicator indicator) => Isolates.Needed(c, indicator.Label) || Isolates.Needed(c, indicator.Id)
        ? new([new Span(indicator.Label) { Isolated = true }, new Span("\n"), new Span(indicator.Id, Styles.MutedText) { BreakOnlyAfter = "-", Isolated = true }])
        : new([new Span(indicator.Label + "\n"), new Span(indicator.Id, Styles.MutedText) { BreakOnlyAfter = "-" }]);

    /// <summary>The value as <see cref="ChangeTexts.Qualified"/> writes it, the figure isolated.</summary>
    static TableCell Value(BriefContext c, Indicator indicator) => new(Isolates.Figure(c, indicator));

    /// <summary>"+6 %", "period 2024 → 2025", "actual → forecast", "unit changed", "qualifier changed".</summary>
    static string What(BriefContext c, IndicatorChange change)
    {
        var parts = new List<string>();
        if (c.ChangeTexts.Percent(change) is { } percent)
            parts.Add(percent);
        if (change.Fields.Contains(IndicatorField.Unit))
            parts.Add(c.Words["changes.unitChanged"]);
        if (change.Fields.Contains(IndicatorField.Qualifier))
            parts.Add(c.Words["changes.qualifierChanged"]);
        parts.AddRange(c.ChangeTexts.OtherParts(change));
        if (parts.Count == 0 && change.Difference is { } difference)
            parts.Add((difference > 0 ? "+" : "") + c.Figures.Number(difference, change.Latest.Unit));
        return string.Join("; ", parts);
    }

    static IEnumerable<Block> Others(BriefContext c, ChangeSet changes)
    {
        var items = changes.Items.Select(i => Item(c, i)).ToList();
        if (changes.EventDate is { } date)
            items.Add([new Span(c.Words["changes.eventDate"], Styles.Bold), new Span(" " + c.Words.Format("changes.eventDateMoved", ("before", c.ChangeTexts.EventBefore(date)), ("after", c.ChangeTexts.EventAfter(date))))]);
        if (items.Count == 0)
            yield break;
        yield return new Heading(2, Span.Plain(c.Words["changes.others"]), null, Bookmark: false);
        yield return new BulletList(items.Take(MaxRows).ToList()) { Origin = Origin };
        foreach (var more in More(c, items.Count, "changes.more.others"))
            yield return more;
    }

    /// <summary>"Key judgement added: …", "Quote removed: “…” (Vladimir Putin)".</summary>
    static IReadOnlyList<Span> Item(BriefContext c, ItemChange item)
    {
        var what = c.ChangeTexts.ItemChange(item.Item, item.Kind) + ": ";
        var text = item.Item == ItemKind.Quote ? $"“{item.Text}”" : item.Text;
        var detail = item.Detail is { } d ? $" ({d})" : "";
        return [new Span(what, Styles.Bold), new Span(text) { Isolated = true }, new Span(detail, Styles.MutedText)];
    }
}
