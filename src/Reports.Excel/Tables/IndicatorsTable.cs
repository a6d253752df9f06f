using Reports.Domain.Changes;
using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Excel.Composition;
using Reports.Excel.Formats;
using Reports.Excel.Streaming;

namespace Reports.Excel.Tables;

/// <summary>The Indicators sheet: one row per indicator, the value as a number in column D.</summary>
internal static class IndicatorsTable
{
    public const string TableName = "Indicators";

    static readonly IReadOnlyList<TableColumn> Columns =
    [
        new("Id", 34),
        new("Theme", 30),
        new("Indicator", 50, Wrap: true, MinWidth: 24),
        new("Value", 20, MinWidth: 10),
        new("Qualifier", 16),
        new("Qualifier as worded", 30, Wrap: true),
        new("Unit", 16),
        new("Period", 14),
        new("Kind", 10),
        new("Direction", 30),
        new("Source excerpt", 80, Wrap: true, MinWidth: 80),
        new("Source", 30),
        new("Note", 50, Wrap: true),
    ];

    /// <summary>Beside the value when the workbook shows changes: the earlier edition's value.</summary>
    static readonly TableColumn PreviousValue = new("Previous value", 20, MinWidth: 10);

    /// <summary>What the Previous value column holds for a figure the earlier edition did not have.</summary>
    public const string NewFigure = "new";

    public static TableSheet Create(WorkbookPlan plan) => plan.Changes is { } changes
        ? new(SheetNames.Indicators, TableName, [.. Columns.Take(4), PreviousValue, .. Columns.Skip(4)], () => plan.Summit.Indicators.Select(i => WithPrevious(Row(plan, i), i, changes)))
        : new(SheetNames.Indicators, TableName, Columns, () => plan.Summit.Indicators.Select(i => Row(plan, i)));

    static TableRow WithPrevious(TableRow row, Indicator indicator, ChangeSet changes) =>
        new([.. row.Cells.Take(4), Previous(indicator, changes.Of(indicator.Id)), .. row.Cells.Skip(4)]);

    /// <summary>The earlier value as a number in the same unit; as text with its unit when the unit changed
    /// (a number beside numbers of another unit would mislead); "new" for a figure the earlier edition lacks.</summary>
    static SheetCell Previous(Indicator indicator, IndicatorChange? change) => change switch
    {
        null => new NumberCell(indicator.Value, NumberFormats.For(indicator.Value, indicator.Unit)),
        { Kind: ChangeKind.Added } => new TextCell(NewFigure),
        { Before: { } before } when before.Unit.Id != indicator.Unit.Id => new TextCell(FigureFormatter.Default.Value(before)),
        { Before: { } before } => new NumberCell(before.Value, NumberFormats.For(before.Value, before.Unit)),
        _ => new TextCell(NewFigure),
    };

    static TableRow Row(WorkbookPlan plan, Indicator indicator) => new(
    [
        Cells.Text(indicator.Id),
        Cells.Text(plan.ThemeTitle(indicator.ThemeId)),
        Cells.Text(indicator.Label),
        new NumberCell(indicator.Value, NumberFormats.For(indicator.Value, indicator.Unit)),
        Cells.Text(FigureFormatter.QualifierWords(indicator.Qualifier)),
        Cells.Text(indicator.QualifierText),
        Cells.Text(indicator.Unit.Id),
        Cells.Text(indicator.Period),
        Cells.Text(FigureFormatter.KindWords(indicator.Kind)),
        indicator.Direction is null ? null : Cells.Text(plan.DirectionText(indicator.Direction)),
        Cells.Text(indicator.SourceExcerpt),
        Cells.Link(indicator.SourceId, SheetNames.Sources, plan.Sources.RowOf(indicator.Id)),
        Cells.Text(indicator.Note),
    ]);
}
