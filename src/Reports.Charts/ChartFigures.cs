using Reports.Layout.Paging;
using Reports.PdfWriter.Content;
using Reports.Text;

namespace Reports.Charts;

/// <summary>
/// The one seam through which the renderer gets a chart: its drawing as a form of vectors (placed inside
/// the chart's Figure) and the alt text the Figure carries.
/// </summary>
public sealed record ChartFigures(Func<PlacedChart, Form> Paint, Func<PlacedChart, string> Describe)
{
    /// <summary>
    /// The charts of a document: ScottPlot's drawing with its text shaped by <paramref name="shaper"/> in the
    /// document's fonts (<see cref="ChartPainter"/>), the alt text from the chart's data (<see cref="ChartAlt"/>).
    /// The shaper must be the drawing thread's own (layout shapes on another).
    /// </summary>
    public static ChartFigures For(TextShaper shaper)
    {
        var painter = new ChartPainter(shaper);
        return new(painter.Paint, chart => ChartAlt.Describe(chart.Chart));
    }

    /// <summary>
    /// Pays the chart library's first-use cost (ScottPlot's font set-up, which has Skia scan the system's fonts; see
    /// <see cref="ChartTypefaces.Prepare"/>) ahead of the first chart, e.g. on a spare core. Draws nothing.
    /// </summary>
    public static void Prepare() => ChartTypefaces.Prepare();
}
