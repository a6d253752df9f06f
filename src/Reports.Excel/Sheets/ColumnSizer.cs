using ClosedXML.Excel;
using Reports.Excel.Text;

namespace Reports.Excel.Sheets;

/// <summary>
/// Collects the text each column must show and sets widths from it (ClosedXML's AdjustToContents needs
/// libgdiplus, which Linux machines lack). Text that wraps is remembered too, and its row made tall enough
/// for the lines it takes in the width its column gets.
/// </summary>
internal sealed class ColumnSizer
{
    const double LineHeight = 15;
    const double MaxRowHeight = 409;

    readonly Dictionary<int, double> widths = [];
    readonly List<(IXLCell Cell, string Text)> wrapped = [];

    public void Measure(int column, string text) =>
        widths[column] = Math.Max(widths.GetValueOrDefault(column), TextWidth.Columns(text));

    /// <summary>Measures the text and lets it wrap in its cell instead of being cut off by the next one.</summary>
    public void MeasureWrapped(IXLCell cell, string text)
    {
        Measure(cell.Address.ColumnNumber, text);
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        wrapped.Add((cell, text));
    }

    /// <summary>Sets every measured column's width, kept within <paramref name="min"/> and <paramref name="max"/>
    /// characters, then the height of every row holding wrapped text.</summary>
    public void Apply(IXLWorksheet sheet, double min, double max)
    {
        foreach (var (column, width) in widths.OrderBy(w => w.Key))
            sheet.Column(column).Width = Width(width, min, max);
        // Excel does not grow rows to fit wrapped text when it opens a file, so the height is estimated here.
        foreach (var row in wrapped.GroupBy(w => w.Cell.Address.RowNumber))
        {
            var lines = row.Max(w => TextWidth.WrappedLines(w.Text, Width(widths[w.Cell.Address.ColumnNumber], min, max)));
            if (lines > 1)
                sheet.Row(row.Key).Height = Math.Min(MaxRowHeight, lines * LineHeight);
        }
    }

    static double Width(double measured, double min, double max) => Math.Round(Math.Clamp(measured, min, max), 2);
}
