using Reports.Domain.Model;
using Reports.Excel.Composition;
using Reports.Excel.Streaming;

namespace Reports.Excel.Tables;

/// <summary>The Agreements sheet: every document signed, grouped by category in dataset order.</summary>
internal static class AgreementsTable
{
    public const string TableName = "Agreements";

    static readonly IReadOnlyList<TableColumn> Columns =
    [
        new("Category", 36),
        new("Document", 60, Wrap: true, MinWidth: 24),
        new("Description", 60, Wrap: true),
        new("Source", 30),
        new("Source excerpt", 80, Wrap: true, MinWidth: 40),
    ];

    public static TableSheet Create(WorkbookPlan plan) =>
        new(SheetNames.Agreements, TableName, Columns, () => plan.Summit.Agreements.SelectMany(c => c.Documents.Select(d => Row(plan, c, d))));

    static TableRow Row(WorkbookPlan plan, AgreementCategory category, Agreement agreement) => new(
    [
        Cells.Text(category.Name),
        Cells.Text(agreement.Title),
        Cells.Text(agreement.Description),
        Cells.Link(agreement.SourceId, SheetNames.Sources, plan.Sources.RowOfSource(agreement.SourceId)),
        Cells.Text(agreement.SourceExcerpt),
    ]);
}
