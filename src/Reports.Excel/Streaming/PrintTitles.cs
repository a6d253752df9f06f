using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reports.Excel.Streaming;

/// <summary>
/// Repeats a sheet's first row at the top of every printed page (the workbook name _xlnm.Print_Titles).
/// Written here rather than by ClosedXML, whose relative "Sheet!1:1" LibreOffice ignores; Excel itself writes
/// the absolute "Sheet!$1:$1".
/// </summary>
internal static class PrintTitles
{
    public static void RepeatHeaderRow(WorkbookPart workbook, string sheetName)
    {
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var index = sheets.FindIndex(s => s.Name?.Value == sheetName);
        if (index < 0)
            throw new InvalidOperationException($"The workbook has no sheet named {sheetName}; add it before its print titles.");
        var names = workbook.Workbook.DefinedNames ??= new DefinedNames();
        names.Append(new DefinedName($"'{sheetName}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)index });
    }
}
