using Reports.Domain.Changes;
using Reports.Domain.Model;
using Reports.Domain.Wording;
using Reports.Excel.Composition;
using Reports.Excel.Formats;
using Reports.Excel.Streaming;

namespace Reports.Excel.Tables;

/// <summary>The Indicators sheet: one row per indicator, the value as a number in column D.</summary>
internal static class IndicatorsTable
{
    public const string TableName = "Indicators";

    static IReadOnlyList<TableColumn> Columns(Words w) =>
    [
        new(w["table.id"], 34),
        new(w["table.theme"], 30),
        new(w["table.indicator"], 50, Wrap: true, MinWidth: 24),
        new(w["table.value"], 20, MinWidth: 10),
        new(w["table.qualifier"], 16),
        new(w["table.qualifierAsWorded"], 30, Wrap: true),
        new(w["table.unit"], 16),
        new(w["table.period"], 14),
        new(w["table.kind"], 10),
        new(w["table.direction"], 30),
        new(w["table.sourceExcerpt"], 80, Wrap: true, MinWidth: 80),
        new(w["table.source"], 30),
        new(w["table.note"], 50, Wrap: true),
    ];

    /// <summary>Beside the value when the workbook shows changes: the earlier edition's value.</summary>
    static TableColumn PreviousValue(Words w) => new(w["table.previousValue"], 20, MinWidth: 10);

    public static TableSheet Create(WorkbookPlan plan)
    {
        var columns = Columns(plan.Words);
        return plan.Changes is { } changes
            ? new(plan.Sheets.Indicators, TableName, [.. columns.Take(4), PreviousValue(plan.Words), .. columns.Skip(4)], () => plan.Summit.Indicators.Select(i => WithPrevious(plan, Row(plan, i), i, changes)))
            : new(plan.Sheets.Indicators, TableName, columns, () => plan.Summit.Indicators.Select(i => Row(plan, i)));
    }

    static TableRow WithPrevious(WorkbookPlan plan, TableRow row, Indicator indicator, ChangeSet changes) =>
        new([.. row.Cells.Take(4), Previous(plan, indicator, changes.Of(indicator.Id)), .. row.Cells.Skip(4)]);

    /// <summary>The earlier value as a number in the same unit; as text with its unit when the unit changed
    /// (a number beside numbers of another unit would mislead); "new" for a figure the earlier edition lacks.</summary>
    static SheetCell Previous(WorkbookPlan plan, Indicator indicator, IndicatorChange? change) => change switch
    {
        null => new NumberCell(indicator.Value, NumberFormats.For(indicator.Value, indicator.Unit)),
        { Kind: ChangeKind.Added } => new TextCell(plan.Words["marker.new"]),
        { Before: { } before } when before.Unit.Id != indicator.Unit.Id => new TextCell(plan.Figures.Value(before)),
        { Before: { } before } => new NumberCell(before.Value, NumberFormats.For(before.Value, before.Unit)),
        _ => new TextCell(plan.Words["marker.new"]),
    };

    static TableRow Row(WorkbookPlan plan, Indicator indicator) => new(
    [
        Cells.Text(indicator.Id),
        Cells.Text(plan.ThemeTitle(indicator.ThemeId)),
        Cells.Text(indicator.Label),
        new NumberCell(indicator.Value, NumberFormats.For(indicator.Value, indicator.Unit)),
        Cells.Text(plan.Figures.QualifierWords(indicator.Qualifier)),
        Cells.Text(indicator.QualifierText),
        Cells.Text(indicator.Unit.Id),
        Cells.Text(indicator.Period),
        Cells.Text(plan.Figures.KindWords(indicator.Kind)),
        indicator.Direction is null ? null : Cells.Text(plan.DirectionText(indicator.Direction)),
        Cells.Text(indicator.SourceExcerpt),
        Cells.Link(indicator.SourceId, plan.Sheets.Sources, plan.Sources.RowOf(indicator.Id)),
        Cells.Text(indicator.Note),
    ]);
}
