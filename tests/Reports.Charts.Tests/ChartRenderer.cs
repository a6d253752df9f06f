using Reports.Layout.Paging;
using SkiaSharp;

namespace Reports.Charts.Tests;

/// <summary>
/// How the brief drew a chart before our own writer: ScottPlot straight onto a Skia PDF canvas. Kept here
/// only as the reference a painted chart must look like. ScottPlot needs one render in memory first (it
/// computes its layout there) and must not clear the canvas, or the page would be wiped and the chart drawn twice.
/// </summary>
internal sealed class ChartRenderer(ChartPlotBuilder builder)
{
    public void Draw(SKCanvas canvas, PlacedChart chart)
    {
        var bounds = chart.Bounds;
        using var plot = builder.Build(chart);
        var (width, height) = ((int)Math.Round(bounds.Width), (int)Math.Round(bounds.Height));
        plot.RenderInMemory(width, height);
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        var saved = canvas.Save();
        canvas.Translate((float)bounds.X, (float)bounds.Y);
        plot.Render(canvas, new ScottPlot.PixelRect(0, width, height, 0));
        canvas.RestoreToCount(saved);
    }
}
