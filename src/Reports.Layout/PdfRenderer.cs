using Reports.Layout.Model;
using Reports.Layout.Paging;
using Reports.Layout.Rendering;
using SkiaSharp;

namespace Reports.Layout;

/// <summary>
/// Writes a document as PDF: layout, then SkiaSharp's PDF backend draws exactly what layout placed,
/// then bookmarks are appended as an incremental update (SkiaSharp has no outline API). The same
/// document always gives the same bytes (dates come from the metadata, never the clock).
/// </summary>
public static class PdfRenderer
{
    /// <summary>Lays out and renders <paramref name="document"/> to <paramref name="output"/>.</summary>
    public static RenderResult Render(DocumentSpec document, LayoutOptions options, Stream output) =>
        Render(DocumentLayout.Layout(document, options), output);

    /// <summary>Renders an already laid-out document.</summary>
    public static RenderResult Render(LaidOutDocument layout, Stream output)
    {
        ScottPlotFontBridge.EnsureRegistered();
        using var pdf = new MemoryStream();
        Draw(layout, pdf);
        var bytes = OutlineWriter.Append(pdf.ToArray(), layout.Outline);
        output.Write(bytes);
        return new RenderResult(layout.Pages.Count, layout.AnchorPages);
    }

    private static void Draw(LaidOutDocument layout, Stream pdf)
    {
        using var document = SKDocument.CreatePdf(pdf, PdfMetadata.From(layout.Metadata))
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
        using var text = new TextDrawer(layout.Fonts);
        foreach (var font in layout.Fonts.Values)
            SubsetTypefaces.Get(font);
        var charts = new ChartRenderer(new ChartPlotBuilder(face => layout.Fonts[face].Name));
        using var pages = new PageRenderer(text, charts);
        foreach (var page in layout.Pages)
        {
            var canvas = document.BeginPage((float)layout.Geometry.Width, (float)layout.Geometry.Height);
            pages.Draw(canvas, page);
            document.EndPage();
        }

        document.Close();
    }
}
