using System.Globalization;

namespace Reports.Excel.Streaming;

/// <summary>A1-style cell addresses.</summary>
internal static class CellReference
{
    /// <summary>The first columns' names, made once: every cell of a hundred thousand rows names its column.</summary>
    static readonly string[] First = Enumerable.Range(1, 64).Select(Name).ToArray();

    /// <summary>"A" for 1, "Z" for 26, "AA" for 27.</summary>
    public static string Column(int column) => column >= 1 && column <= First.Length ? First[column - 1] : Name(column);

    static string Name(int column)
    {
        var name = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
            name = (char)('A' + ((n - 1) % 26)) + name;
        return name;
    }

    public static string Cell(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string Range(int firstColumn, int firstRow, int lastColumn, int lastRow) =>
        Cell(firstColumn, firstRow) + ":" + Cell(lastColumn, lastRow);
}
