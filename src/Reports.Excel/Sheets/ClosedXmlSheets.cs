using ClosedXML.Excel;
using Reports.Excel.Composition;
using Reports.Excel.Text;

namespace Reports.Excel.Sheets;

/// <summary>
/// The first stage: ClosedXML writes the small sheets (Summary, Charts' cells, About) and, in tab order, the
/// empty sheets that the table sheets are streamed into afterwards.
/// </summary>
internal static class ClosedXmlSheets
{
    public static void Write(WorkbookPlan plan, WorkbookOptions options, InjectionGuard guard, Stream output)
    {
        using var workbook = new XLWorkbook();
        new SummarySheet(workbook.AddWorksheet(plan.Sheets.Summary), plan, guard).Write(options);
        if (plan.Changes is not null)
            workbook.AddWorksheet(plan.Sheets.Changes);
        workbook.AddWorksheet(plan.Sheets.Indicators);
        new ChartsSheet(workbook.AddWorksheet(plan.Sheets.Charts), plan, guard).Write();
        workbook.AddWorksheet(plan.Sheets.Agreements);
        workbook.AddWorksheet(plan.Sheets.Sources);
        new AboutSheet(workbook.AddWorksheet(plan.Sheets.About), plan, guard).Write(options);
        // A right-to-left language's sheets run from the right (column A at the right edge), as Excel shows them for Arabic.
        foreach (var sheet in workbook.Worksheets)
            sheet.RightToLeft = plan.Words.Language.RightToLeft;
        workbook.Worksheet(plan.Sheets.Summary).SetTabActive();
        workbook.SaveAs(output);
    }
}
