using Reports.Excel.Composition;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Reports.Excel.Charts;

/// <summary>
/// A native column chart for one block: clustered for Bar and GroupedBar, stacked for StackedBar, with a title,
/// axis titles (the value axis names the unit), a legend when there is more than one series, and data labels.
/// </summary>
internal static class ChartSpaceBuilder
{
    const uint CategoryAxisId = 500_001;
    const uint ValueAxisId = 500_002;

    public static C.ChartSpace Build(ChartBlock block, IReadOnlyList<string> palette)
    {
        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "en-GB" },
            new C.RoundedCorners { Val = false },
            Chart(block, palette));
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    static C.Chart Chart(ChartBlock block, IReadOnlyList<string> palette)
    {
        var chart = new C.Chart(
            ChartText.Title(block.Spec.Title, 1400, bold: true),
            new C.AutoTitleDeleted { Val = false },
            new C.PlotArea(new C.Layout(), BarChart(block, palette), ChartAxes.Category(block, CategoryAxisId, ValueAxisId), ChartAxes.Value(block, ValueAxisId, CategoryAxisId)));
        if (block.Series.Count > 1)
            chart.Append(new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }));
        chart.Append(new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        return chart;
    }

    static C.BarChart BarChart(ChartBlock block, IReadOnlyList<string> palette)
    {
        var stacked = ChartSeriesBuilder.IsStacked(block.Spec.Kind);
        var bar = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = stacked ? C.BarGroupingValues.Stacked : C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var i = 0; i < block.Series.Count; i++)
            bar.Append(ChartSeriesBuilder.Build(block, block.Series[i], i, stacked, palette));
        bar.Append(new C.GapWidth { Val = 80 });
        if (stacked)
            bar.Append(new C.Overlap { Val = 100 });
        bar.Append(new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        return bar;
    }
}
