using Reports.Excel.Formats;
using Reports.Excel.Text;

namespace Reports.Excel.Streaming;

/// <summary>Column widths (in characters) that fit a table's content, within each column's limits.</summary>
internal static class ColumnWidths
{
    /// <summary>Header filter buttons take about two characters.</summary>
    const double FilterButton = 2.5;

    /// <summary>Widths per column and the number of data rows seen.</summary>
    public static (double[] Widths, int RowCount) Measure(TableSheet sheet)
    {
        var columns = sheet.Columns;
        var widths = columns.Select(c => TextWidth.Columns(c.Header) + FilterButton).ToArray();
        var rows = 0;
        foreach (var row in sheet.Rows())
        {
            rows++;
            for (var i = 0; i < row.Cells.Count && i < columns.Count; i++)
            {
                if (row.Cells[i] is { } cell)
                    widths[i] = Math.Max(widths[i], Width(cell));
            }
        }
        for (var i = 0; i < columns.Count; i++)
            widths[i] = Math.Round(Math.Clamp(widths[i], columns[i].MinWidth, columns[i].MaxWidth), 2);
        return (widths, rows);
    }

    static double Width(SheetCell cell) => cell switch
    {
        TextCell text => TextWidth.Columns(text.Text),
        NumberCell number => TextWidth.Columns(NumberFormats.Display(number.Value, number.FormatCode)),
        _ => 0,
    };
}
