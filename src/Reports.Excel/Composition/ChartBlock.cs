using Reports.Domain.Model;

namespace Reports.Excel.Composition;

/// <summary>
/// One chart on the Charts sheet and the block of cells it reads. The block's value cells are formulas
/// pointing at the Indicators sheet, so editing an indicator's value moves the chart.
/// </summary>
/// <param name="Number">1-based position among the charts.</param>
/// <param name="TitleRow">The row holding the chart's title; the header (category, series names) follows,
/// then one row per category from <paramref name="FirstDataRow"/>. Categories are in column A, series from B.</param>
/// <param name="FormatCode">The number format of the values and data labels: one for the whole chart, with as many
/// decimals as its most precise value needs.</param>
/// <param name="AxisFormatCode">The value axis's tick labels: whole numbers once the values reach 10 (the ticks are
/// then whole steps), otherwise General, which shows the steps' own decimals (0.25, 0.5).</param>
internal sealed record ChartBlock(
    ChartSpec Spec,
    int Number,
    int TitleRow,
    int FirstDataRow,
    IReadOnlyList<ChartBlockSeries> Series,
    ChartAnchor Anchor,
    string FormatCode,
    string AxisFormatCode,
    string ValueAxisTitle,
    string? CategoryAxisTitle,
    string Sheet)
{
    public int HeaderRow => TitleRow + 1;

    public int LastDataRow => FirstDataRow + Spec.Categories.Count - 1;

    /// <summary>The last row the block or its chart covers.</summary>
    public int LastRow => Math.Max(LastDataRow, Anchor.ToRow + 1);
}

/// <summary>A series of the chart: its name cell is in the header row, its values below it in <paramref name="Column"/>.</summary>
/// <param name="Column">1-based column on the Charts sheet.</param>
/// <param name="Points">One per category; null where the series has no value.</param>
internal sealed record ChartBlockSeries(string Name, int Column, IReadOnlyList<ChartPoint?> Points);

/// <summary>A value cell of the block: the indicator it shows and where that indicator's value lives.</summary>
/// <param name="Formula">The formula the block cell holds, e.g. "Indicators!$D$5".</param>
internal sealed record ChartPoint(Indicator Indicator, int IndicatorRow, string Formula);

/// <summary>Where a chart is drawn: zero-based cells of its top-left and bottom-right corners.</summary>
internal readonly record struct ChartAnchor(int FromColumn, int FromRow, int ToColumn, int ToRow);
