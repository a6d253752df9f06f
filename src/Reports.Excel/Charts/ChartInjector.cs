using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reports.Excel.Composition;
using Reports.Excel.Formats;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Reports.Excel.Charts;

/// <summary>
/// Adds the native charts to the Charts sheet ClosedXML wrote (ClosedXML has no chart API): one drawing, one
/// chart part per block, and the current values cached in the block's formula cells, which ClosedXML leaves
/// without a value.
/// </summary>
internal static class ChartInjector
{
    /// <param name="palette">Series colours, "RRGGBB", in order.</param>
    public static void Add(WorksheetPart sheet, IReadOnlyList<ChartBlock> blocks, IReadOnlyList<string> palette)
    {
        if (blocks.Count == 0)
            return;
        var drawingId = NextRelationshipId(sheet);
        var drawing = sheet.AddNewPart<DrawingsPart>(drawingId);
        var anchors = new Xdr.WorksheetDrawing();
        anchors.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        anchors.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        foreach (var block in blocks)
        {
            var chartId = "rId" + block.Number.ToString(CultureInfo.InvariantCulture);
            drawing.AddNewPart<ChartPart>(chartId).ChartSpace = ChartSpaceBuilder.Build(block, palette);
            anchors.Append(ChartDrawingBuilder.Anchor(block, chartId));
        }
        drawing.WorksheetDrawing = anchors;
        var worksheet = sheet.Worksheet;
        CacheValues(worksheet, blocks);
        InsertDrawing(worksheet, new Drawing { Id = drawingId });
        worksheet.Save();
    }

    static void CacheValues(Worksheet worksheet, IReadOnlyList<ChartBlock> blocks)
    {
        var cells = worksheet.Descendants<Cell>().Where(c => c.CellReference?.Value is not null)
            .ToDictionary(c => c.CellReference!.Value!, StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            foreach (var series in block.Series)
            {
                for (var i = 0; i < series.Points.Count; i++)
                {
                    if (series.Points[i] is { } point && cells.TryGetValue(Streaming.CellReference.Cell(series.Column, block.FirstDataRow + i), out var cell))
                    {
                        cell.DataType = null;
                        cell.CellValue = new CellValue(NumberFormats.Stored(point.Indicator.Value));
                    }
                }
            }
        }
    }

    // The schema puts <drawing> after the page setup and before legacy drawings, table parts and extensions.
    static void InsertDrawing(Worksheet worksheet, Drawing drawing)
    {
        var next = worksheet.ChildElements.FirstOrDefault(e => e is LegacyDrawing or LegacyDrawingHeaderFooter or Picture
            or OleObjects or Controls or WebPublishItems or TableParts or WorksheetExtensionList);
        if (next is null)
            worksheet.Append(drawing);
        else
            worksheet.InsertBefore(drawing, next);
    }

    static string NextRelationshipId(OpenXmlPartContainer container)
    {
        var used = container.Parts.Select(p => p.RelationshipId)
            .Concat(container.ExternalRelationships.Select(r => r.Id))
            .Concat(container.HyperlinkRelationships.Select(r => r.Id))
            .ToHashSet(StringComparer.Ordinal);
        var n = 1;
        while (used.Contains("rId" + n.ToString(CultureInfo.InvariantCulture)))
            n++;
        return "rId" + n.ToString(CultureInfo.InvariantCulture);
    }
}
