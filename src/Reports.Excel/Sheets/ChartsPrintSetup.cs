using ClosedXML.Excel;
using Reports.Excel.Composition;

namespace Reports.Excel.Sheets;

/// <summary>
/// Prints the Charts sheet on A4 landscape pages without cutting a chart in two: the scale makes the widest
/// block-and-chart fit the page width, and a page break goes before any block that would not fit below the
/// previous one; the print area stops at the charts' right edge, so long notes do not spill onto extra pages.
/// (Excel ignores manual breaks under "fit to page", so a scale is set instead.)
/// </summary>
internal static class ChartsPrintSetup
{
    // A4 landscape less the margins, in pixels at 96 dpi, with room to spare for fonts wider than Calibri
    // (LibreOffice without Carlito substitutes DejaVu Sans and columns come out about 30% wider); rows are
    // 20 pixels (15 points) high.
    const double PrintableWidth = 720;
    const double PrintableHeight = 620;
    const double RowHeight = 20;

    public static void Apply(IXLWorksheet sheet, IReadOnlyList<ChartBlock> blocks)
    {
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        var lastColumn = blocks.Select(b => b.Anchor.ToColumn).DefaultIfEmpty(8).Max();
        var width = Enumerable.Range(1, lastColumn).Sum(c => (sheet.Column(c).Width * 7) + 5);
        var scale = (int)Math.Clamp(Math.Floor(100 * PrintableWidth / width), 10, 100);
        sheet.PageSetup.Scale = scale;
        var lastRow = Math.Max(blocks.Select(b => b.LastRow).DefaultIfEmpty(1).Max(), sheet.LastRowUsed()?.RowNumber() ?? 1);
        sheet.PageSetup.PrintAreas.Add(1, 1, lastRow, lastColumn);
        var rowsPerPage = (int)Math.Floor(PrintableHeight / (RowHeight * scale / 100));
        var pageStart = 1;
        foreach (var block in blocks)
        {
            if (block.LastRow - pageStart + 1 > rowsPerPage && block.TitleRow > pageStart)
            {
                sheet.PageSetup.AddHorizontalPageBreak(block.TitleRow - 1);
                pageStart = block.TitleRow;
            }
        }
    }
}
