using Reports.Domain.Model;
using Reports.Domain.Wording;
using Reports.Excel.Composition;
using Reports.Excel.Streaming;

namespace Reports.Excel.Tables;

/// <summary>The Agreements sheet: every document signed, grouped by category in dataset order.</summary>
internal static class AgreementsTable
{
    public const string TableName = "Agreements";

    static IReadOnlyList<TableColumn> Columns(Words w) =>
    [
        new(w["table.category"], 36),
        new(w["table.document"], 60, Wrap: true, MinWidth: 24),
        new(w["table.description"], 60, Wrap: true),
        new(w["table.source"], 30),
        new(w["table.sourceExcerpt"], 80, Wrap: true, MinWidth: 40),
    ];

    public static TableSheet Create(WorkbookPlan plan) =>
        new(plan.Sheets.Agreements, TableName, Columns(plan.Words), () => plan.Summit.Agreements.SelectMany(c => c.Documents.Select(d => Row(plan, c, d))));

    static TableRow Row(WorkbookPlan plan, AgreementCategory category, Agreement agreement) => new(
    [
        Cells.Text(category.Name),
        Cells.Text(agreement.Title),
        Cells.Text(agreement.Description),
        Cells.Link(agreement.SourceId, plan.Sheets.Sources, plan.Sources.RowOfSource(agreement.SourceId)),
        Cells.Text(agreement.SourceExcerpt),
    ]);
}
