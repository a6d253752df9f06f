using System.Globalization;
using Reports.Domain.Model;
using Reports.Excel.Composition;
using Reports.Excel.Formats;
using Reports.Excel.Streaming;
using Reports.Excel.Text;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Reports.Excel.Charts;

/// <summary>
/// One bar series: its name, categories and values are references to the chart's block on the Charts sheet,
/// with the current contents cached so that a reader that does not recalculate still draws the bars.
/// </summary>
internal static class ChartSeriesBuilder
{
    /// <param name="palette">Series colours, "RRGGBB"; series <paramref name="index"/> takes the one at its place, repeating.</param>
    public static C.BarChartSeries Build(ChartBlock block, ChartBlockSeries series, int index, bool stacked, IReadOnlyList<string> palette) => new(
        new C.Index { Val = (uint)index },
        new C.Order { Val = (uint)index },
        new C.SeriesText(StringReference(Reference(block.Sheet, series.Column, block.HeaderRow, block.HeaderRow), [series.Name])),
        new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = palette[index % palette.Count] })),
        new C.InvertIfNegative { Val = false },
        DataLabels(block.FormatCode, stacked),
        new C.CategoryAxisData(StringReference(Reference(block.Sheet, 1, block.FirstDataRow, block.LastDataRow), block.Spec.Categories)),
        new C.Values(NumberReference(block, series)));

    /// <summary>An absolute range on the Charts sheet, e.g. "Charts!$B$6:$B$8".</summary>
    public static string Reference(string sheet, int column, int firstRow, int lastRow)
    {
        sheet = SheetNames.InFormula(sheet);
        var letter = CellReference.Column(column);
        var first = firstRow.ToString(CultureInfo.InvariantCulture);
        var last = lastRow.ToString(CultureInfo.InvariantCulture);
        return firstRow == lastRow ? $"{sheet}!${letter}${first}" : $"{sheet}!${letter}${first}:${letter}${last}";
    }

    static C.StringReference StringReference(string formula, IReadOnlyList<string> texts)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)texts.Count });
        for (var i = 0; i < texts.Count; i++)
            cache.Append(new C.StringPoint(new C.NumericValue(CellText.XmlSafe(texts[i]))) { Index = (uint)i });
        return new C.StringReference(new C.Formula(formula), cache);
    }

    static C.NumberReference NumberReference(ChartBlock block, ChartBlockSeries series)
    {
        var cache = new C.NumberingCache(new C.FormatCode(block.FormatCode), new C.PointCount { Val = (uint)series.Points.Count });
        for (var i = 0; i < series.Points.Count; i++)
        {
            if (series.Points[i] is { } point)
                cache.Append(new C.NumericPoint(new C.NumericValue(NumberFormats.Stored(point.Indicator.Value))) { Index = (uint)i });
        }
        return new C.NumberReference(new C.Formula(Reference(block.Sheet, series.Column, block.FirstDataRow, block.LastDataRow)), cache);
    }

    static C.DataLabels DataLabels(string formatCode, bool stacked) => new(
        new C.NumberingFormat { FormatCode = formatCode, SourceLinked = false },
        ChartText.Size(900),
        new C.DataLabelPosition { Val = stacked ? C.DataLabelPositionValues.Center : C.DataLabelPositionValues.OutsideEnd },
        new C.ShowLegendKey { Val = false },
        new C.ShowValue { Val = true },
        new C.ShowCategoryName { Val = false },
        new C.ShowSeriesName { Val = false },
        new C.ShowPercent { Val = false },
        new C.ShowBubbleSize { Val = false });

    public static bool IsStacked(ChartKind kind) => kind == ChartKind.StackedBar;
}
