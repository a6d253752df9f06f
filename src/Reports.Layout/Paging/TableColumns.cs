using Reports.Layout.Model;

namespace Reports.Layout.Paging;

/// <summary>Column x positions and widths: the content width shared in proportion to the relative widths.</summary>
internal sealed record TableColumns(IReadOnlyList<double> X, IReadOnlyList<double> Widths, IReadOnlyList<CellAlign> Align)
{
    public const double PaddingX = 5;
    public const double PaddingY = 3.5;

    public int Count => Widths.Count;

    public static TableColumns For(Table table, double width)
    {
        if (table.Columns.Count == 0)
            throw new ArgumentException($"A table needs at least one column (block {table.Origin ?? "without origin"}).");
        if (table.Columns.Any(c => !(c.RelativeWidth > 0)))
            throw new ArgumentException($"Column widths must be positive (block {table.Origin ?? "without origin"}).");

        var total = table.Columns.Sum(c => c.RelativeWidth);
        var widths = table.Columns.Select(c => width * c.RelativeWidth / total).ToArray();
        var x = new double[widths.Length];
        for (var i = 1; i < widths.Length; i++)
            x[i] = x[i - 1] + widths[i - 1];
        return new TableColumns(x, widths, [.. table.Columns.Select(c => c.Align)]);
    }

    /// <summary>Width available to the text of a column.</summary>
    public double TextWidth(int column) => Widths[column] - (2 * PaddingX);
}
