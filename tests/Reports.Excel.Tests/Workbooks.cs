using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Reports.Domain.Changes;
using Reports.Domain.Model;

namespace Reports.Excel.Tests;

/// <summary>Writes workbooks for tests and opens them again.</summary>
internal static class Workbooks
{
    public static (byte[] Bytes, WorkbookResult Result) Write(Summit summit, WorkbookOptions? options = null, ChangeSet? changes = null)
    {
        using var stream = new MemoryStream();
        var result = WorkbookWriter.Write(summit, options ?? Some.Options, stream, changes);
        return (stream.ToArray(), result);
    }

    /// <summary>The workbook as ClosedXML reads it.</summary>
    public static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    /// <summary>The package as the Open XML SDK reads it (read-only).</summary>
    public static SpreadsheetDocument Package(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    /// <summary>Writes the summit and opens the result with ClosedXML.</summary>
    public static XLWorkbook WriteAndOpen(Summit summit) => Open(Write(summit).Bytes);

    /// <summary>The Indicators row holding the indicator with this id.</summary>
    public static IXLRow RowOf(IXLWorksheet indicators, string id) =>
        indicators.Column(1).CellsUsed().Single(c => c.GetString() == id).WorksheetRow();

    /// <summary>The cell's number format code; ClosedXML leaves the code empty for Excel's built-in formats.</summary>
    public static string FormatCode(IXLCell cell) => cell.Style.NumberFormat.Format is { Length: > 0 } code ? code
        : cell.Style.NumberFormat.NumberFormatId switch
        {
            0 => "General",
            1 => "0",
            2 => "0.00",
            3 => "#,##0",
            4 => "#,##0.00",
            var id => $"built-in {id}",
        };
}
