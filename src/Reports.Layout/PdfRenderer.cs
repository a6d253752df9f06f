using Reports.Layout.Model;
using Reports.Layout.Paging;
using Reports.Layout.Rendering;
using Reports.Layout.Text;
using SkiaSharp;

namespace Reports.Layout;

/// <summary>
/// Writes a document as PDF: layout, then SkiaSharp's PDF backend draws exactly what layout placed,
/// then bookmarks are appended as an incremental update (SkiaSharp has no outline API). The same
/// document always gives the same bytes (dates come from the metadata, never the clock).
/// </summary>
public static class PdfRenderer
{
    /// <summary>
    /// Lays out and renders <paramref name="document"/> to <paramref name="output"/>, page by page: a
    /// first pass learns the page count, the anchors' pages and the glyphs used; the second lays each
    /// page out again (a few pages ahead, on another core), draws it and lets it go. Memory stays flat
    /// however long the document is, and the bytes are those of rendering
    /// <see cref="DocumentLayout.Layout"/>'s result.
    /// </summary>
    public static RenderResult Render(DocumentSpec document, LayoutOptions options, Stream output)
    {
        using var layout = new DocumentPages(document, options);
        var index = layout.Index(layout.Paginate(AnchorIndex.Reads));
        var finisher = layout.Finisher(index);
        finisher.Prepare(index.PendingNumbers);
        var fonts = layout.Fonts();
        var pages = PagesAhead.Of(Finished(layout.Paginate(), finisher));
        var drawn = Draw(layout.Geometry, document.Metadata, fonts, index.Outline, pages, output);
        if (drawn != index.PageCount)
            throw new InvalidOperationException($"Layout gave {index.PageCount} pages, then {drawn}: it must not depend on anything but the document.");
        return new RenderResult(index.PageCount, index.UserAnchorPages()) { Fonts = Used(fonts) };
    }

    /// <summary>Renders an already laid-out document.</summary>
    public static RenderResult Render(LaidOutDocument layout, Stream output)
    {
        Draw(layout.Geometry, layout.Metadata, layout.Fonts, layout.Outline, layout.Pages.Select(p => p.Boxes), output);
        return new RenderResult(layout.Pages.Count, layout.AnchorPages) { Fonts = Used(layout.Fonts) };
    }

    private static IReadOnlyList<UsedFont> Used(IReadOnlyDictionary<FaceKey, EmbeddedFont> fonts) =>
        FontFileHashes.Of(fonts.Values.Select(f => f.Source).OfType<FontFaceFile>());

    private static IEnumerable<IReadOnlyList<PlacedBox>> Finished(IEnumerable<List<PlacedBox>> pages, PageFinisher finisher)
    {
        var number = 0;
        foreach (var page in pages)
        {
            finisher.Finish(page, ++number);
            yield return page;
        }
    }

    /// <summary>Draws the pages straight into <paramref name="output"/>, then appends the bookmarks; returns the page count.</summary>
    private static int Draw(
        PageGeometry geometry,
        DocumentMetadata metadata,
        IReadOnlyDictionary<FaceKey, EmbeddedFont> fonts,
        IReadOnlyList<OutlineEntry> outline,
        IEnumerable<IReadOnlyList<PlacedBox>> pages,
        Stream output)
    {
        ScottPlotFontBridge.EnsureRegistered();
        var pdf = new TailRecorder(output);
        var count = 0;
        using (var document = SKDocument.CreatePdf(pdf, PdfMetadata.From(metadata))
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document."))
        {
            using var text = new TextDrawer(fonts);
            foreach (var font in fonts.Values)
                SubsetTypefaces.Get(font);
            var charts = new ChartRenderer(new ChartPlotBuilder(face => fonts[face].Name));
            using var renderer = new PageRenderer(text, charts);
            foreach (var page in pages)
            {
                var canvas = document.BeginPage((float)geometry.Width, (float)geometry.Height);
                renderer.Draw(canvas, page);
                document.EndPage();
                pdf.ThrowIfFailed();
                count++;
            }

            pdf.StartRecording();
            document.Close();
            pdf.ThrowIfFailed();
        }

        output.Write(OutlineWriter.Update(pdf.Tail(), outline));
        return count;
    }
}
