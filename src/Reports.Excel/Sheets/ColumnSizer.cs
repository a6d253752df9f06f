using ClosedXML.Excel;
using Reports.Excel.Text;

namespace Reports.Excel.Sheets;

/// <summary>
/// Collects the text each column must show and sets widths from it (ClosedXML's AdjustToContents needs
/// libgdiplus, which Linux machines lack).
/// </summary>
internal sealed class ColumnSizer
{
    readonly Dictionary<int, double> widths = [];

    public void Measure(int column, string text) =>
        widths[column] = Math.Max(widths.GetValueOrDefault(column), TextWidth.Columns(text));

    /// <summary>Sets every measured column's width, kept within <paramref name="min"/> and <paramref name="max"/> characters.</summary>
    public void Apply(IXLWorksheet sheet, double min, double max)
    {
        foreach (var (column, width) in widths.OrderBy(w => w.Key))
            sheet.Column(column).Width = Math.Round(Math.Clamp(width, min, max), 2);
    }
}
