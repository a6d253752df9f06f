using System.Globalization;
using Reports.Layout.Model;
using Reports.Layout.Paging;
using Reports.Layout.Text;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Reports.Layout.Rendering;

/// <summary>
/// Builds a ScottPlot plot from a placed chart: bars, value axis with its title and invariant-culture
/// numbers, category labels (already wrapped by layout), and data labels. Every text element is given a subset font by name (see <see cref="ScottPlotFontBridge"/>).
/// </summary>
internal sealed class ChartPlotBuilder(Func<FaceKey, string> fontName)
{
    private static readonly ScottPlot.Color Ink = Colors.Plot(Theme.Ink);
    private static readonly ScottPlot.Color Muted = Colors.Plot(Theme.Muted);

    public Plot Build(PlacedChart placed)
    {
        var chart = placed.Chart;
        var plot = new Plot();
        plot.FigureBackground.Color = ScottPlot.Colors.White;
        plot.DataBackground.Color = ScottPlot.Colors.White;
        for (var s = 0; s < chart.Series.Count; s++)
            AddSeries(plot, chart, s, placed.Faces.DataLabels[s]);

        StyleFrame(plot, placed.Faces.Numbers);
        StyleValueAxis(plot, chart, placed.Faces);
        StyleCategoryAxis(plot, placed);
        HideLegend(plot);
        var (min, max) = ChartBars.ValueRange(chart);
        plot.Axes.SetLimits(-0.5, chart.Categories.Count - 0.5, min, max);
        return plot;
    }

    private void AddSeries(Plot plot, ChartDescription chart, int series, FaceKey labelFace)
    {
        var bars = plot.Add.Bars(ChartBars.For(chart, series));
        var style = bars.ValueLabelStyle;
        style.FontName = fontName(labelFace);
        style.FontSize = ChartStyle.DataLabelSize;
        style.Bold = false;
        style.ForeColor = chart.Kind == ChartKind.StackedBar
            ? Colors.Plot(Colors.TextOn(ChartStyle.Palette[series % ChartStyle.Palette.Count]))
            : Ink;
    }

    /// <summary>Only the left and bottom axis lines; the unused top/right axes still get our font.</summary>
    private void StyleFrame(Plot plot, FaceKey face)
    {
        plot.Axes.Title.Label.Text = "";
        plot.Axes.Title.Label.FontName = fontName(face);
        foreach (var axis in new IAxis[] { plot.Axes.Top, plot.Axes.Right })
        {
            axis.FrameLineStyle.Width = 0;
            axis.Label.FontName = fontName(face);
            axis.TickLabelStyle.FontName = fontName(face);
        }

        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = Colors.Plot(Theme.LightRule);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0.6f;
    }

    private void StyleValueAxis(Plot plot, ChartDescription chart, ChartFaces faces)
    {
        var axis = plot.Axes.Left;
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = v => v.ToString("#,0.##", CultureInfo.InvariantCulture) };
        Text(axis.TickLabelStyle, faces.Numbers, ChartStyle.TickSize, Muted);
        Text(axis.Label, faces.ValueAxis, ChartStyle.AxisTitleSize, Muted);
        axis.Label.Text = chart.ValueAxisTitle;
        axis.FrameLineStyle.Color = Colors.Plot(Theme.Rule);
        axis.MajorTickStyle.Color = Colors.Plot(Theme.Rule);
        axis.MinorTickStyle.Length = 0;
    }

    private void StyleCategoryAxis(Plot plot, PlacedChart placed)
    {
        var axis = plot.Axes.Bottom;
        var positions = Enumerable.Range(0, placed.CategoryLabels.Count).Select(i => (double)i).ToArray();
        axis.TickGenerator = new NumericManual(positions, [.. placed.CategoryLabels]);
        Text(axis.TickLabelStyle, placed.Faces.Categories, ChartStyle.TickSize, Ink);
        Text(axis.Label, placed.Faces.CategoryAxis, ChartStyle.AxisTitleSize, Muted);
        axis.Label.Text = placed.Chart.CategoryAxisTitle ?? "";
        axis.FrameLineStyle.Color = Colors.Plot(Theme.Rule);
        axis.MajorTickStyle.Length = 0;
        axis.MinorTickStyle.Length = 0;
    }

    /// <summary>The legend is laid out by us under the plot (our type, no wasted panel), so ScottPlot's stays hidden.</summary>
    private static void HideLegend(Plot plot)
    {
        plot.Legend.SetBestFontOnEachRender = false;
        plot.HideLegend();
    }

    private void Text(LabelStyle style, FaceKey face, float size, ScottPlot.Color color)
    {
        style.FontName = fontName(face);
        style.FontSize = size;
        style.Bold = false;
        style.ForeColor = color;
    }
}
