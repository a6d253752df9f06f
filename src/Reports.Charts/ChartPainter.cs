using System.Text;
using Reports.Layout.Paging;
using Reports.PdfWriter.Content;
using Reports.PdfWriter.Svg;
using Reports.Text;
using SkiaSharp;

namespace Reports.Charts;

/// <summary>
/// Paints a placed chart as a <see cref="Form"/> for our PDF writer: ScottPlot's drawing as vectors, its
/// text as glyph runs in our fonts.
/// </summary>
/// <remarks>
/// The route: ScottPlot draws the chart (the same plot <see cref="ChartPlotBuilder"/> builds for the page
/// today) onto Skia's SVG canvas, and <see cref="SvgReader"/> reads that SVG back into paths, rectangles,
/// lines, clips and groups. Why SVG: it is the one Skia back end whose output is plain, documented text —
/// every fill, stroke, width, dash and clip as an attribute, and text as its characters with their
/// positions, font family and size — so nothing is lost and nothing is guessed. The alternatives were
/// worse: a one-page Skia PDF placed as a form brings Skia's own font programs (Type 3 for CFF faces, whole
/// fonts, ToUnicode we cannot vouch for) and would need its content stream rewritten; an SKPicture is an
/// undocumented binary format; drawing the chart ourselves would stop it being ScottPlot's. The text is
/// then shaped again with our HarfBuzz shaper in the face layout chose for its group
/// (<see cref="PlacedChart.Faces"/>) and placed where ScottPlot put it, so the writer subsets the face and
/// maps every glyph to Unicode; no text becomes outlines, raster or Type 3. ScottPlot measures with the
/// same face files (<see cref="ChartTypefaces"/>), so the chart is laid out exactly as on today's page; a
/// label that needs several fonts is measured and drawn through its stand-in (<see cref="ChartStandIns"/>).
/// </remarks>
internal sealed class ChartPainter
{
    private readonly TextShaper shaper;
    private readonly TextEngine engine;
    private readonly ChartPlotBuilder builder;

    /// <param name="shaper">Shapes the chart's text; its font stack maps each <see cref="FaceKey"/> to a face file (path and index in a collection).</param>
    public ChartPainter(TextShaper shaper)
    {
        this.shaper = shaper;
        engine = new TextEngine(shaper);
        builder = new ChartPlotBuilder(face => ChartTypefaces.Name(shaper.Stack.Face(face)));
    }

    /// <summary>The chart in a form of its bounds' size (points, top-left origin), to place at its bounds.</summary>
    public Form Paint(PlacedChart chart)
    {
        var standIns = new ChartStandIns(engine, chart);
        using var text = new ChartTextPainter(shaper, chart, standIns);
        var drawing = SvgReader.Read(Svg(chart, standIns), text);
        return new Form(chart.Bounds.Width, chart.Bounds.Height, drawing.Content);
    }

    /// <summary>
    /// ScottPlot's SVG of the chart, rendered as the Skia page renderer drew it onto the page before (a render in
    /// memory first, where ScottPlot computes its layout, then the real one without clearing), at the same whole-point size.
    /// </summary>
    internal string Svg(PlacedChart chart, ChartStandIns? standIns = null)
    {
        using var plot = builder.Build(chart, standIns);
        var (width, height) = ((int)Math.Round(chart.Bounds.Width), (int)Math.Round(chart.Bounds.Height));
        plot.RenderInMemory(width, height);
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
            plot.Render(canvas, new ScottPlot.PixelRect(0, width, height, 0));
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
