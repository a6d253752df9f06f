using Reports.Domain.Changes;
using Reports.Domain.Wording;
using Reports.Excel.Composition;
using Reports.Excel.Formats;
using Reports.Excel.Streaming;

namespace Reports.Excel.Tables;

/// <summary>
/// The Changes sheet: one row per change since the earlier edition, in the change set's order (indicators
/// changed, added, removed; then judgements, agreements, quotes and sources; the event date last). The
/// difference and the relative change are numbers, so a reader can sort and filter by them.
/// </summary>
internal static class ChangesTable
{
    public const string TableName = "Changes";

    /// <summary>A fraction shown as a signed percentage: 0.061 → "+6.1%".</summary>
    public const string PercentFormat = "+0.0%;-0.0%;0.0%";

    static IReadOnlyList<TableColumn> Columns(Words w) =>
    [
        new(w["changes.change"], 10),
        new(w["table.item"], 16),
        new(w["table.id"], 34),
        new(w["table.description"], 50, Wrap: true, MinWidth: 24),
        new(w["table.themeOrContext"], 30, Wrap: true),
        new(w["table.whatChanged"], 24),
        new(w["changes.previous"], 24, Wrap: true),
        new(w["changes.current"], 24, Wrap: true),
        new(w["table.difference"], 16, MinWidth: 10),
        new(w["table.changePercent"], 12, MinWidth: 10),
        new(w["table.unit"], 16),
        new(w["table.summary"], 60, Wrap: true, MinWidth: 30),
    ];

    public static TableSheet Create(WorkbookPlan plan, ChangeSet changes) =>
        new(plan.Sheets.Changes, TableName, Columns(plan.Words), () => Rows(plan, changes));

    static IEnumerable<TableRow> Rows(WorkbookPlan plan, ChangeSet changes)
    {
        foreach (var change in changes.Indicators)
            yield return IndicatorRow(plan, change);
        foreach (var item in changes.Items)
            yield return ItemRow(plan, item);
        if (changes.EventDate is { } date)
            yield return DateRow(plan, date);
    }

    static TableRow IndicatorRow(WorkbookPlan plan, IndicatorChange change)
    {
        var latest = change.Latest;
        var texts = plan.Texts;
        return new TableRow(
        [
            Cells.Text(texts.KindWords(change.Kind)),
            Cells.Text(plan.Words["item.indicator"]),
            change.After is null ? Cells.Text(change.Id) : IdLink(plan, change.Id),
            Cells.Text(latest.Label),
            Cells.Text(plan.ThemeTitle(latest.ThemeId)),
            Cells.Text(texts.FieldWords(change)),
            change.Before is { } before ? Cells.Text(texts.Qualified(before)) : null,
            change.After is { } after ? Cells.Text(texts.Qualified(after)) : null,
            change.Difference is { } difference ? new NumberCell(difference, NumberFormats.For([difference, change.Before!.Value, latest.Value], latest.Unit)) : null,
            change.RelativeChange is { } fraction ? new NumberCell(fraction, PercentFormat) : null,
            Cells.Text(latest.Unit.Id),
            Cells.Text(texts.Summary(change)),
        ]);
    }

    static TextCell? IdLink(WorkbookPlan plan, string id) =>
        plan.Indicators.TryFind(id, out _, out var row) ? Cells.Link(id, plan.Sheets.Indicators, row) : Cells.Text(id);

    static TableRow ItemRow(WorkbookPlan plan, ItemChange item) => ItemRow(plan.Texts, item);

    static TableRow ItemRow(ChangeTexts texts, ItemChange item) => new(
    [
        Cells.Text(texts.KindWords(item.Kind)),
        Cells.Text(texts.ItemWords(item.Item)),
        item.Item == ItemKind.Source ? Cells.Text(item.Detail) : null,
        Cells.Text(item.Text),
        item.Item == ItemKind.Source ? null : Cells.Text(item.Detail),
        null,
        null,
        null,
        null,
        null,
        null,
        Cells.Text(texts.ItemChangeWords(item.Item, item.Kind)),
    ]);

    static TableRow DateRow(WorkbookPlan plan, DateChange date) => DateRow(plan.Texts, plan.Words, date);

    static TableRow DateRow(ChangeTexts texts, Words words, DateChange date) => new(
    [
        Cells.Text(texts.KindWords(ChangeKind.Changed)),
        Cells.Text(words["item.eventDate"]),
        null,
        Cells.Text(words["changes.dateOfTheEvent"]),
        null,
        Cells.Text(words["field.date"]),
        Cells.Text(texts.EventBefore(date)),
        Cells.Text(texts.EventAfter(date)),
        new NumberCell(date.After.DayNumber - date.Before.DayNumber, "+0;-0;0"),
        null,
        Cells.Text(words["unit.days"]),
        Cells.Text(texts.EventBefore(date) + ChangeTexts.Arrow + texts.EventAfter(date)),
    ]);
}
