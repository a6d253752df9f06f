using Reports.Layout.Paging;
using Reports.PdfWriter.Content;

namespace Reports.Layout.Rendering;

/// <summary>
/// The one seam through which the renderer gets a chart: its drawing as a form of vectors (placed inside
/// the chart's Figure) and the alt text the Figure carries.
/// </summary>
internal sealed record ChartFigures(Func<PlacedChart, Form> Paint, Func<PlacedChart, string> Describe)
{
    /// <summary>
    /// The charts of a document drawn in its fonts. Until the chart painter lands (issue 11, part 2) a chart is
    /// an empty form of its size and its alt text is its title.
    /// </summary>
    public static ChartFigures For(Text.FontStack stack)
    {
        _ = stack;
        return new(chart => new Form(chart.Bounds.Width, chart.Bounds.Height, []), chart => chart.Chart.Title);
    }
}
