using Reports.Domain.Wording;
using Reports.Excel.Composition;
using Reports.Excel.Streaming;

namespace Reports.Excel.Tables;

/// <summary>The Sources sheet: each source with every excerpt quoted from it and the indicators each supports.</summary>
internal static class SourcesTable
{
    public const string TableName = "Sources";
    const string DateFormat = "yyyy-mm-dd";

    static IReadOnlyList<TableColumn> Columns(Words w) =>
    [
        new(w["table.source"], 30),
        new(w["table.title"], 50, Wrap: true, MinWidth: 20),
        new(w["table.publisher"], 30),
        new(w["table.published"], 12, MinWidth: 12),
        new(w["table.url"], 50),
        new(w["table.excerpt"], 80, Wrap: true, MinWidth: 80),
        new(w["table.indicators"], 40, Wrap: true, MinWidth: 20),
        new(w["table.note"], 50, Wrap: true),
    ];

    public static TableSheet Create(WorkbookPlan plan) =>
        new(plan.Sheets.Sources, TableName, Columns(plan.Words), () => plan.Sources.Rows.Select(Row));

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
