using ClosedXML.Excel;
using Reports.Excel.Composition;
using Reports.Excel.Text;

namespace Reports.Excel.Sheets;

/// <summary>
/// The Charts sheet's cells: for each chart a block (title, category and series names, and value cells that
/// are formulas reading the Indicators sheet). The charts themselves are added after ClosedXML saves.
/// </summary>
internal sealed class ChartsSheet(IXLWorksheet sheet, WorkbookPlan plan, InjectionGuard guard)
{
    readonly ColumnSizer categories = new();
    readonly ColumnSizer series = new();

    public void Write()
    {
        sheet.Cell(1, 1).SetText(plan.Sheets.Charts, guard).Bold(16);
        sheet.Cell(2, 1).SetText(plan.Words.Format("charts.explained", ("indicators", plan.Sheets.Indicators)), guard).Style.Font.Italic = true;
        foreach (var block in plan.Charts)
            WriteBlock(block);
        WriteUndrawn();
        categories.Apply(sheet, 12, 40);
        series.Apply(sheet, 12, 24);
        ChartsPrintSetup.Apply(sheet, plan.Charts);
    }

    void WriteBlock(ChartBlock block)
    {
        sheet.Cell(block.TitleRow, 1).SetText(block.Spec.Title, guard).Bold(12);
        Header(sheet.Cell(block.HeaderRow, 1).SetText(plan.Words["table.category"], guard));
        for (var c = 0; c < block.Spec.Categories.Count; c++)
            Measure(categories, sheet.Cell(block.FirstDataRow + c, 1), block.Spec.Categories[c]);
        foreach (var s in block.Series)
            WriteSeries(block, s);
        if (block.Spec.Note is { } note)
            sheet.Cell(block.LastDataRow + 1, 1).SetText(note, guard).Style.Font.Italic = true;
    }

    void WriteSeries(ChartBlock block, ChartBlockSeries s)
    {
        Header(Measure(series, sheet.Cell(block.HeaderRow, s.Column), s.Name));
        for (var c = 0; c < s.Points.Count; c++)
        {
            if (s.Points[c] is not { } point)
                continue;
            var cell = sheet.Cell(block.FirstDataRow + c, s.Column);
            cell.FormulaA1 = point.Formula;
            cell.Style.NumberFormat.Format = block.FormatCode;
        }
    }

    void WriteUndrawn()
    {
        var row = plan.Charts.Count > 0 ? plan.Charts[^1].LastRow + 3 : ChartBlockLayout.FirstBlockRow;
        var undrawn = plan.Summit.Charts.Where(c => !ChartBlockLayout.IsDrawable(c)).ToList();
        if (plan.Charts.Count == 0)
            sheet.Cell(row++, 1).SetText(plan.Words[undrawn.Count == 0 ? "charts.none" : "charts.noneDrawable"], guard);
        foreach (var spec in undrawn)
            sheet.Cell(row++, 1).SetText(plan.Words.Format("charts.notDrawn", ("title", spec.Title)), guard);
    }

    IXLCell Measure(ColumnSizer sizer, IXLCell cell, string text)
    {
        sizer.Measure(cell.Address.ColumnNumber, text);
        return cell.SetText(text, guard);
    }

    static void Header(IXLCell cell)
    {
        cell.Bold();
        cell.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
    }
}
