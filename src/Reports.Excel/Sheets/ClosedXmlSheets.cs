using ClosedXML.Excel;
using Reports.Excel.Composition;
using Reports.Excel.Text;

namespace Reports.Excel.Sheets;

/// <summary>
/// The first stage: ClosedXML writes the small sheets (Summary, Charts' cells, About) and empty sheets, in tab
/// order, that the table sheets are streamed into afterwards.
/// </summary>
internal static class ClosedXmlSheets
{
    public static void Write(WorkbookPlan plan, WorkbookOptions options, InjectionGuard guard, Stream output)
    {
        using var workbook = new XLWorkbook();
        new SummarySheet(workbook.AddWorksheet(SheetNames.Summary), plan, guard).Write(options);
        AddTableSheet(workbook, SheetNames.Indicators);
        new ChartsSheet(workbook.AddWorksheet(SheetNames.Charts), plan, guard).Write();
        AddTableSheet(workbook, SheetNames.Agreements);
        AddTableSheet(workbook, SheetNames.Sources);
        new AboutSheet(workbook.AddWorksheet(SheetNames.About), plan, guard).Write(options);
        workbook.Worksheet(SheetNames.Summary).SetTabActive();
        workbook.SaveAs(output);
    }

    // The rows come later; the sheet and its repeated print header (a workbook-level name) are made here.
    static void AddTableSheet(XLWorkbook workbook, string name) =>
        workbook.AddWorksheet(name).PageSetup.SetRowsToRepeatAtTop(1, 1);
}
