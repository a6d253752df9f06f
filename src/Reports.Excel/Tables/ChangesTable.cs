using Reports.Domain.Changes;
using Reports.Domain.Formatting;
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

    static readonly ChangeTexts Texts = new(FigureFormatter.Default);

    static readonly IReadOnlyList<TableColumn> Columns =
    [
        new("Change", 10),
        new("Item", 16),
        new("Id", 34),
        new("Description", 50, Wrap: true, MinWidth: 24),
        new("Theme or context", 30, Wrap: true),
        new("What changed", 24),
        new("Previous", 24, Wrap: true),
        new("Current", 24, Wrap: true),
        new("Difference", 16, MinWidth: 10),
        new("Change %", 12, MinWidth: 10),
        new("Unit", 16),
        new("Summary", 60, Wrap: true, MinWidth: 30),
    ];

    public static TableSheet Create(WorkbookPlan plan, ChangeSet changes) =>
        new(SheetNames.Changes, TableName, Columns, () => Rows(plan, changes));

    static IEnumerable<TableRow> Rows(WorkbookPlan plan, ChangeSet changes)
    {
        foreach (var change in changes.Indicators)
            yield return IndicatorRow(plan, change);
        foreach (var item in changes.Items)
            yield return ItemRow(item);
        if (changes.EventDate is { } date)
            yield return DateRow(date);
    }

    static TableRow IndicatorRow(WorkbookPlan plan, IndicatorChange change)
    {
        var latest = change.Latest;
        return new TableRow(
        [
            Cells.Text(ChangeTexts.KindWords(change.Kind)),
            Cells.Text("indicator"),
            change.After is null ? Cells.Text(change.Id) : IdLink(plan, change.Id),
            Cells.Text(latest.Label),
            Cells.Text(plan.ThemeTitle(latest.ThemeId)),
            Cells.Text(ChangeTexts.FieldWords(change)),
            change.Before is { } before ? Cells.Text(Texts.Qualified(before)) : null,
            change.After is { } after ? Cells.Text(Texts.Qualified(after)) : null,
            change.Difference is { } difference ? new NumberCell(difference, NumberFormats.For([difference, change.Before!.Value, latest.Value], latest.Unit)) : null,
            change.RelativeChange is { } fraction ? new NumberCell(fraction, PercentFormat) : null,
            Cells.Text(latest.Unit.Id),
            Cells.Text(Texts.Summary(change)),
        ]);
    }

    static TextCell? IdLink(WorkbookPlan plan, string id) =>
        plan.Indicators.TryFind(id, out _, out var row) ? Cells.Link(id, SheetNames.Indicators, row) : Cells.Text(id);

    static TableRow ItemRow(ItemChange item) => new(
    [
        Cells.Text(ChangeTexts.KindWords(item.Kind)),
        Cells.Text(ChangeTexts.ItemWords(item.Item)),
        item.Item == ItemKind.Source ? Cells.Text(item.Detail) : null,
        Cells.Text(item.Text),
        item.Item == ItemKind.Source ? null : Cells.Text(item.Detail),
        null,
        null,
        null,
        null,
        null,
        null,
        Cells.Text($"{ChangeTexts.ItemWords(item.Item)} {ChangeTexts.KindWords(item.Kind)}"),
    ]);

    static TableRow DateRow(DateChange date) => new(
    [
        Cells.Text(ChangeTexts.KindWords(ChangeKind.Changed)),
        Cells.Text("event date"),
        null,
        Cells.Text("Date of the event"),
        null,
        Cells.Text("date"),
        Cells.Text(Texts.EventBefore(date)),
        Cells.Text(Texts.EventAfter(date)),
        new NumberCell(date.After.DayNumber - date.Before.DayNumber, "+0;-0;0"),
        null,
        Cells.Text("days"),
        Cells.Text(Texts.EventBefore(date) + ChangeTexts.Arrow + Texts.EventAfter(date)),
    ]);
}
