using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// Column x positions and widths: the content width shared in proportion to the relative widths, after
/// each column has been given the room its <see cref="TableColumn.FitText"/> and the longest word of
/// its header need (no header word is ever cut).
/// </summary>
internal sealed record TableColumns(IReadOnlyList<double> X, IReadOnlyList<double> Widths, IReadOnlyList<CellAlign> Align)
{
    public const double PaddingX = 5;
    public const double PaddingY = 3.5;

    public int Count => Widths.Count;

    public static TableColumns For(Table table, double width, TextEngine text, BlockStyles styles)
    {
        if (table.Columns.Count == 0)
            throw new ArgumentException($"A table needs at least one column (block {table.Origin ?? "without origin"}).");
        if (table.Columns.Any(c => !(c.RelativeWidth > 0)))
            throw new ArgumentException($"Column widths must be positive (block {table.Origin ?? "without origin"}).");

        var needed = table.Columns.Select(c => Needed(c, text, styles)).ToArray();
        var widths = Share(table.Columns, needed, width);
        var x = new double[widths.Length];
        for (var i = 1; i < widths.Length; i++)
            x[i] = x[i - 1] + widths[i - 1];
        return new TableColumns(x, widths, [.. table.Columns.Select(c => c.Align)]);
    }

    private static double Needed(TableColumn column, TextEngine text, BlockStyles styles)
    {
        var fit = column.FitText is { } sample ? text.SingleLine(new StyledSpan(sample, styles.TableCell), 1).Width : 0;
        var header = column.Header.Split(' ').Max(word => text.SingleLine(new StyledSpan(word, styles.TableHeader), 1).Width);
        return Math.Max(fit, header) + (2 * PaddingX);
    }

    /// <summary>Width available to the text of a column.</summary>
    public double TextWidth(int column) => Widths[column] - (2 * PaddingX);

    /// <summary>
    /// Weights share the width; a column whose share is less than it needs gets what it needs and
    /// leaves the sharing (repeated until every share suffices). No column needs more than the whole width.
    /// </summary>
    private static double[] Share(IReadOnlyList<TableColumn> columns, double[] needed, double width)
    {
        var fixedWidth = new double?[columns.Count];
        while (true)
        {
            var rest = width - fixedWidth.Sum(w => w ?? 0);
            var weights = columns.Where((_, i) => fixedWidth[i] is null).Sum(c => c.RelativeWidth);
            var widths = columns.Select((c, i) => fixedWidth[i] ?? (weights > 0 ? Math.Max(0, rest) * c.RelativeWidth / weights : 0)).ToArray();
            var grow = Enumerable.Range(0, columns.Count).FirstOrDefault(i => fixedWidth[i] is null && widths[i] < needed[i], -1);
            if (grow < 0)
                return widths;
            fixedWidth[grow] = Math.Min(needed[grow], width);
        }
    }
}
