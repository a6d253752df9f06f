using Reports.Layout.Model;
using Reports.Layout.Paging;
using Reports.Text;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Reports.Charts;

/// <summary>
/// Builds a ScottPlot plot from a placed chart: bars, value axis with its title and invariant-culture
/// numbers, category labels (already wrapped by layout), and data labels. Every text element is given a face of our font stack by name (see <see cref="ChartTypefaces"/>);
/// a label that face cannot draw whole is given as its stand-in (<see cref="ChartStandIns"/>).
/// </summary>
internal sealed class ChartPlotBuilder(Func<FaceKey, string> fontName)
{
    private static readonly ScottPlot.Color Ink = ChartColors.Plot(Theme.Ink);
    private static readonly ScottPlot.Color Muted = ChartColors.Plot(Theme.Muted);

    public Plot Build(PlacedChart placed, ChartStandIns? standIns = null)
    {
        var chart = placed.Chart;
        string Label(FaceKey face, string text) => standIns?.For(face, text) ?? text;
        var plot = new Plot();
        plot.FigureBackground.Color = ScottPlot.Colors.White;
        plot.DataBackground.Color = ScottPlot.Colors.White;
        var valueAxis = ValueAxis(plot, placed);
        for (var s = 0; s < chart.Series.Count; s++)
            AddSeries(plot, placed, s, Label).Axes.YAxis = valueAxis;

        StyleFrame(plot, placed.Faces.Numbers, placed.RightToLeft ? plot.Axes.Left : plot.Axes.Right);
        StyleValueAxis(valueAxis, chart, placed.Faces, ChartScale.Axis(chart), Label);
        StyleCategoryAxis(plot, placed, Label);
        HideLegend(plot);
        var ticks = ChartScale.Axis(chart);
        var (first, last) = (-0.5, chart.Categories.Count - 0.5);
        // Right to left: the category axis runs from the right (the first category at the right edge), as the
        // bars of an Arabic or Hebrew chart are read; vertical bars keep values growing upwards, so only the order
        // of the categories and the side of the value axis change, and no label is mirrored.
        plot.Axes.SetLimitsX(placed.RightToLeft ? last : first, placed.RightToLeft ? first : last, plot.Axes.Bottom);
        plot.Axes.SetLimitsY(ticks.Min, ticks.Max, valueAxis);
        plot.Grid.YAxis = valueAxis;
        return plot;
    }

    /// <summary>The value axis: at the left, or at the right of a right-to-left chart (where its reading starts).</summary>
    private static IYAxis ValueAxis(Plot plot, PlacedChart placed) => placed.RightToLeft ? plot.Axes.Right : plot.Axes.Left;

    private ScottPlot.Plottables.BarPlot AddSeries(Plot plot, PlacedChart placed, int series, Func<FaceKey, string, string> label)
    {
        var chart = placed.Chart;
        var labelFace = placed.Faces.DataLabels[series];
        var data = ChartBars.For(placed, series);
        foreach (var bar in data)
            bar.Label = label(labelFace, bar.Label);
        var bars = plot.Add.Bars(data);
        var color = chart.Kind == ChartKind.StackedBar
            ? ChartColors.Plot(ChartColors.TextOn(placed.SeriesColor(series)))
            : Ink;
        Text(bars.ValueLabelStyle, labelFace, ChartStyle.DataLabelSize, color);
        return bars;
    }

    /// <summary>Only the value and category axis lines; the unused top and other side axes still get our font.</summary>
    private void StyleFrame(Plot plot, FaceKey face, IAxis unusedSide)
    {
        plot.Axes.Title.Label.Text = "";
        plot.Axes.Title.Label.FontName = fontName(face);
        foreach (var axis in new IAxis[] { plot.Axes.Top, unusedSide })
        {
            axis.FrameLineStyle.Width = 0;
            axis.Label.FontName = fontName(face);
            axis.TickLabelStyle.FontName = fontName(face);
        }

        if (unusedSide is IYAxis side)
            side.TickGenerator = new EmptyTickGenerator();
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = ChartColors.Plot(Theme.LightRule);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0.6f;
    }

    private void StyleValueAxis(IYAxis axis, ChartDescription chart, ChartFaces faces, ValueTicks ticks, Func<FaceKey, string, string> label)
    {
        axis.TickGenerator = new NumericManual([.. ticks.Positions], [.. ticks.Labels]);
        Text(axis.TickLabelStyle, faces.Numbers, ChartStyle.TickSize, Muted);
        Text(axis.Label, faces.ValueAxis, ChartStyle.AxisTitleSize, Muted, rotated: true);
        axis.Label.Text = label(faces.ValueAxis, chart.ValueAxisTitle);
        axis.FrameLineStyle.Color = ChartColors.Plot(Theme.Rule);
        axis.MajorTickStyle.Color = ChartColors.Plot(Theme.Rule);
        axis.MinorTickStyle.Length = 0;
    }

    private void StyleCategoryAxis(Plot plot, PlacedChart placed, Func<FaceKey, string, string> label)
    {
        var axis = plot.Axes.Bottom;
        var positions = Enumerable.Range(0, placed.CategoryLabels.Count).Select(i => (double)i).ToArray();
        axis.TickGenerator = new NumericManual(positions, [.. placed.CategoryLabels.Select(l => label(placed.Faces.Categories, l))]);
        Text(axis.TickLabelStyle, placed.Faces.Categories, placed.CategoryLabelSize, Ink, rotated: placed.CategoryLabelsVertical);
        if (placed.CategoryLabelsVertical)
        {
            // ScottPlot does not measure rotated labels: the axis is given the depth layout measured.
            axis.TickLabelStyle.Rotation = -90;
            axis.TickLabelStyle.Alignment = Alignment.MiddleRight;
            axis.MinimumSize = (float)placed.CategoryLabelDepth + 8;
        }

        Text(axis.Label, placed.Faces.CategoryAxis, ChartStyle.AxisTitleSize, Muted);
        axis.Label.Text = placed.Chart.CategoryAxisTitle is { } title ? label(placed.Faces.CategoryAxis, title) : "";
        axis.FrameLineStyle.Color = ChartColors.Plot(Theme.Rule);
        axis.MajorTickStyle.Length = 0;
        axis.MinorTickStyle.Length = 0;
    }

    /// <summary>The legend is laid out by us under the plot (our type, no wasted panel), so ScottPlot's stays hidden.</summary>
    private static void HideLegend(Plot plot)
    {
        plot.Legend.SetBestFontOnEachRender = false;
        plot.HideLegend();
    }

    private void Text(LabelStyle style, FaceKey face, float size, ScottPlot.Color color, bool rotated = false)
    {
        style.FontName = fontName(face);
        style.FontSize = size;
        style.Bold = false;
        style.ForeColor = color;
        if (!rotated)
            style.OffsetY = BaselineShift(style.FontName, size);
    }

    /// <summary>
    /// ScottPlot puts the baseline at (box bottom − font bounding-box bottom). Fonts with a deep
    /// bounding box (Noto CJK: a whole em) then draw above their box and collide with the axis; this
    /// moves the baseline back to (box bottom − descent). Zero for fonts like DejaVu Sans.
    /// </summary>
    private static float BaselineShift(string name, float size)
    {
        if (ChartTypefaces.Find(name) is not { } typeface)
            return 0;
        using var font = new SkiaSharp.SKFont(typeface, size);
        var metrics = font.Metrics;
        return Math.Max(0, metrics.Bottom - metrics.Descent - metrics.Leading);
    }
}
