using Reports.Domain.Model;

namespace Reports.Excel.Composition;

/// <summary>Where each indicator sits on the Indicators sheet: one row each, in dataset order, under a header.</summary>
internal sealed class IndicatorRows
{
    public const int HeaderRow = 1;
    public const int FirstDataRow = 2;

    /// <summary>The column holding the value (D); charts and links point at it.</summary>
    public const string ValueColumn = "D";

    readonly Dictionary<string, int> rows = new(StringComparer.Ordinal);
    readonly Dictionary<string, Indicator> indicators = new(StringComparer.Ordinal);

    /// <param name="sheet">The name of the Indicators sheet in the workbook's language, for references to it.</param>
    public IndicatorRows(IReadOnlyList<Indicator> all, string sheet)
    {
        Sheet = sheet;
        for (var i = 0; i < all.Count; i++)
        {
            rows.TryAdd(all[i].Id, FirstDataRow + i);
            indicators.TryAdd(all[i].Id, all[i]);
        }
        Count = all.Count;
    }

    public int Count { get; }

    /// <summary>The name of the sheet the rows are on.</summary>
    public string Sheet { get; }

    /// <summary>The last data row; the header row's next row when there are no indicators.</summary>
    public int LastDataRow => FirstDataRow + Math.Max(Count, 1) - 1;

    public bool TryFind(string id, out Indicator indicator, out int row)
    {
        row = rows.GetValueOrDefault(id);
        return indicators.TryGetValue(id, out indicator!);
    }

    /// <summary>An absolute reference to an indicator's value cell, e.g. "Indicators!$D$5".</summary>
    public string ValueReference(int row) => $"{SheetNames.InFormula(Sheet)}!${ValueColumn}${row}";
}
