using Reports.Layout;
using Reports.Layout.Paging;
using Reports.Text;
using SkiaSharp;

namespace Reports.Charts.Tests;

/// <summary>
/// The chart as the brief drew it before our writer: ScottPlot straight onto Skia's PDF canvas
/// (<see cref="ChartRenderer"/>) at its place on an A4 page, with the same faces. The reference a painted
/// chart must look like, whatever renderer the brief uses now.
/// </summary>
internal static class SkiaChart
{
    public static byte[] Pdf(PlacedChart chart, LayoutOptions? options = null)
    {
        var stack = FontStack.Create((options ?? LayoutOptions.Default).ExtraFontDirectories);
        var renderer = new ChartRenderer(new ChartPlotBuilder(face => ChartTypefaces.Name(stack.Face(face))));
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            var canvas = document.BeginPage(595.28f, 841.89f);
            renderer.Draw(canvas, chart);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }
}
