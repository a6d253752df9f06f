using Reports.Excel.Formats;
using Reports.Excel.Text;

namespace Reports.Excel.Streaming;

/// <summary>Column widths (in characters) that fit a table's content, within each column's limits.</summary>
internal static class ColumnWidths
{
    /// <summary>Header filter buttons take about two characters.</summary>
    const double FilterButton = 2.5;

    /// <summary>The widths of the headers alone, to <see cref="Add"/> rows to.</summary>
    public static double[] Start(TableSheet sheet) => sheet.Columns.Select(c => TextWidth.Columns(c.Header) + FilterButton).ToArray();

    /// <summary>Widens the columns to fit one more row.</summary>
    public static void Add(double[] widths, TableSheet sheet, TableRow row)
    {
        for (var i = 0; i < row.Cells.Count && i < sheet.Columns.Count; i++)
        {
            if (row.Cells[i] is { } cell)
                widths[i] = Math.Max(widths[i], Width(cell));
        }
    }

    /// <summary>The widths within each column's limits, rounded as the sheet records them.</summary>
    public static double[] Finish(double[] widths, TableSheet sheet)
    {
        var columns = sheet.Columns;
        for (var i = 0; i < columns.Count; i++)
            widths[i] = Math.Round(Math.Clamp(widths[i], columns[i].MinWidth, columns[i].MaxWidth), 2);
        return widths;
    }

    static double Width(SheetCell cell) => cell switch
    {
        TextCell text => TextWidth.Columns(text.Text),
        NumberCell number => TextWidth.Columns(NumberFormats.Display(number.Value, number.FormatCode)),
        _ => 0,
    };
}
