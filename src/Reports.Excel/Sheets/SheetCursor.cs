using ClosedXML.Excel;
using Reports.Excel.Text;

namespace Reports.Excel.Sheets;

/// <summary>A ClosedXML sheet written from the top down: the row being written and the sizer of its columns.</summary>
internal sealed class SheetCursor(IXLWorksheet sheet, InjectionGuard guard)
{
    public IXLWorksheet Sheet => sheet;

    public ColumnSizer Sizer { get; } = new();

    /// <summary>The row being written (1-based).</summary>
    public int Row { get; private set; } = 1;

    public void NextRow(int rows = 1) => Row += rows;

    public IXLCell Cell(int column) => sheet.Cell(Row, column);

    /// <summary>Text its column is made wide enough for; nothing for empty text.</summary>
    public IXLCell Measured(int column, string? text)
    {
        var cell = Cell(column);
        if (string.IsNullOrEmpty(text))
            return cell;
        Sizer.Measure(column, text);
        return cell.SetText(text, guard);
    }

    /// <summary>Text that wraps within its column (whose width it still counts towards) rather than being cut off.</summary>
    public IXLCell Wrapped(int column, string? text)
    {
        var cell = Cell(column);
        if (string.IsNullOrEmpty(text))
            return cell;
        Sizer.MeasureWrapped(cell, text);
        return cell.SetText(text, guard);
    }

    /// <summary>Text that runs on into the empty cells to its right; it sets no column width.</summary>
    public IXLCell Text(int column, string text) => Cell(column).SetText(text, guard);

    /// <summary>A section heading in column A, then the next row.</summary>
    public void Heading(string text)
    {
        Text(1, text).Bold(13);
        NextRow();
    }

    /// <summary>A bold label in column A of the current row.</summary>
    public void Label(string text) => Measured(1, text).Bold();
}
