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
        new SummarySheet(workbook.AddWorksheet(SheetNames.Summary), plan, guard).Write(options);
        if (plan.Changes is not null)
            workbook.AddWorksheet(SheetNames.Changes);
        workbook.AddWorksheet(SheetNames.Indicators);
        new ChartsSheet(workbook.AddWorksheet(SheetNames.Charts), plan, guard).Write();
        workbook.AddWorksheet(SheetNames.Agreements);
        workbook.AddWorksheet(SheetNames.Sources);
        new AboutSheet(workbook.AddWorksheet(SheetNames.About), plan, guard).Write(options);
        workbook.Worksheet(SheetNames.Summary).SetTabActive();
        workbook.SaveAs(output);
    }
}
