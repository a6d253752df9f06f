using Reports.Excel.Composition;
using Reports.Excel.Streaming;

namespace Reports.Excel.Tables;

/// <summary>The Sources sheet: each source with every excerpt quoted from it and the indicators each supports.</summary>
internal static class SourcesTable
{
    public const string TableName = "Sources";
    const string DateFormat = "yyyy-mm-dd";

    static readonly IReadOnlyList<TableColumn> Columns =
    [
        new("Source", 30),
        new("Title", 50, Wrap: true, MinWidth: 20),
        new("Publisher", 30),
        new("Published", 12, MinWidth: 12),
        new("URL", 50),
        new("Excerpt", 80, Wrap: true, MinWidth: 80),
        new("Indicators", 40, Wrap: true, MinWidth: 20),
        new("Note", 50, Wrap: true),
    ];

    public static TableSheet Create(WorkbookPlan plan) =>
        new(SheetNames.Sources, TableName, Columns, () => plan.Sources.Rows.Select(Row));

    static TableRow Row(SourceRow row) => new(
    [
        Cells.Text(row.Source.Id),
        Cells.Text(row.Source.Title),
        Cells.Text(row.Source.Publisher),
        row.Source.Published is { } date ? new NumberCell(date.ToDateTime(TimeOnly.MinValue).ToOADate(), DateFormat) : null,
        Cells.Url(row.Source.Url),
        Cells.Text(row.Excerpt),
        Cells.Text(string.Join(SourceRows.IdSeparator, row.IndicatorIds)),
        Cells.Text(row.Source.Note),
    ]);
}
