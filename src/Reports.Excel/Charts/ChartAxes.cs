using Reports.Excel.Composition;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Reports.Excel.Charts;

/// <summary>The category axis (bottom) and the value axis (left, titled with the unit, gridlines).</summary>
internal static class ChartAxes
{
    public static C.CategoryAxis Category(ChartBlock block, uint id, uint crossing)
    {
        var axis = new C.CategoryAxis(
            new C.AxisId { Val = id },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Bottom });
        if (block.CategoryAxisTitle is { } title)
            axis.Append(ChartText.Title(title, 1000, bold: false));
        axis.Append(
            new C.MajorTickMark { Val = C.TickMarkValues.None },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            ChartText.Size(900),
            new C.CrossingAxis { Val = crossing },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });
        return axis;
    }

    /// <remarks>Bars start at zero when no value is negative: a bar's length must be its value.</remarks>
    public static C.ValueAxis Value(ChartBlock block, uint id, uint crossing) => new(
        new C.AxisId { Val = id },
        ValueScaling(block),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Left },
        new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "D9D9D9" })))),
        ChartText.Title(block.ValueAxisTitle, 1000, bold: false),
        new C.NumberingFormat { FormatCode = block.AxisFormatCode, SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.Outside },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        ChartText.Size(900),
        new C.CrossingAxis { Val = crossing },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.CrossBetween { Val = C.CrossBetweenValues.Between });

    static C.Scaling ValueScaling(ChartBlock block)
    {
        var scaling = new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax });
        var values = block.Series.SelectMany(s => s.Points).OfType<ChartPoint>().Select(p => p.Indicator.Value);
        if (values.All(v => v >= 0))
            scaling.Append(new C.MinAxisValue { Val = 0 });
        return scaling;
    }
}
