using Reports.Charts;
using Reports.Layout;
using Reports.Layout.Model;
using Reports.Layout.Paging;
using Reports.PdfWriter;
using Reports.PdfWriter.Geometry;
using Reports.Text;

namespace Reports.Pdf;

/// <summary>
/// Writes a document as tagged PDF through our own writer (<see cref="PdfDocumentWriter"/>): layout, then
/// each page drawn exactly as layout placed it, every box inside the structure element layout gave it or an
/// artifact; links, destinations and bookmarks written directly. The same document always gives the same
/// bytes (dates come from the metadata, never the clock).
/// </summary>
public static class PdfRenderer
{
    /// <summary>
    /// The zlib level of page content and object streams in a long document. Deflate at the default level 6
    /// was a third of the drawing thread's time at 10,000 indicators (43 MB of content for 820 pages); level 2
    /// takes about 45 % of that time for 14 % more bytes (measured on the same streams). Fonts keep the default.
    /// </summary>
    private const int BulkDeflateLevel = 2;

    /// <summary>From this many pages on, the bulk takes <see cref="BulkDeflateLevel"/>; a shorter brief is
    /// compressed at the default level, as its deflate takes milliseconds (the seed's 15 pages would grow from
    /// 80 KB to 89 KB).</summary>
    private const int LongDocumentPages = 100;

    /// <summary>
    /// Lays out and renders <paramref name="document"/> to <paramref name="output"/>, page by page: a
    /// first pass learns the page count and the anchors' pages; the second lays each page out again (a few
    /// pages ahead, on another core), draws it and lets it go. Memory stays flat however long the document
    /// is, and the bytes are those of rendering <see cref="DocumentLayout.Layout"/>'s result.
    /// <paramref name="standard"/> is what the file claims (and the writer enforces); every setting is tagged.
    /// </summary>
    public static RenderResult Render(DocumentSpec document, LayoutOptions options, Stream output, PdfStandard standard = PdfStandard.Ua1A2a)
    {
        using var layout = new DocumentPages(document, options);
        var index = layout.Index(layout.Paginate(AnchorIndex.Reads));
        var finisher = layout.Finisher(index);
        var pages = PagesAhead.Of(Finished(layout.Paginate(), finisher));
        var (drawn, fonts) = Draw(layout.Geometry, document.Metadata, layout.Stack, index.Outline, pages, output, Options(standard, index.PageCount));
        if (drawn != index.PageCount)
            throw new InvalidOperationException($"Layout gave {index.PageCount} pages, then {drawn}: it must not depend on anything but the document.");
        return new RenderResult(index.PageCount, index.UserAnchorPages()) { Fonts = fonts };
    }

    /// <summary>Renders an already laid-out document.</summary>
    public static RenderResult Render(LaidOutDocument layout, Stream output, PdfStandard standard = PdfStandard.Ua1A2a)
    {
        var (_, fonts) = Draw(layout.Geometry, layout.Metadata, layout.Stack, layout.Outline, layout.Pages.Select(p => p.Boxes), output, Options(standard, layout.Pages.Count));
        return new RenderResult(layout.Pages.Count, layout.AnchorPages) { Fonts = fonts };
    }


    private static PdfWriterOptions Options(PdfStandard standard, int pageCount) =>
        new(standard, ObjectStreams: true) { BulkDeflateLevel = pageCount >= LongDocumentPages ? BulkDeflateLevel : null };

    private static IEnumerable<IReadOnlyList<PlacedBox>> Finished(IEnumerable<List<PlacedBox>> pages, PageFinisher finisher)
    {
        var number = 0;
        foreach (var page in pages)
        {
            finisher.Finish(page, ++number);
            yield return page;
        }
    }

    /// <summary>
    /// Draws the pages straight into <paramref name="output"/>, then the structure, bookmarks and metadata;
    /// returns the page count and the font files the text was drawn with (for the manifest).
    /// </summary>
    private static (int Pages, IReadOnlyList<UsedFont> Fonts) Draw(
        PageGeometry geometry,
        DocumentMetadata metadata,
        FontStack stack,
        IReadOnlyList<OutlineEntry> outline,
        IEnumerable<IReadOnlyList<PlacedBox>> pages,
        Stream output,
        PdfWriterOptions options)
    {
        var standard = options.Standard;
        var writer = new PdfDocumentWriter(output, DocumentInfos.From(metadata), options);
        using var chartText = new TextShaper(stack);
        var charts = ChartFigures.For(chartText);
        var tree = new StructureTree(charts.Describe);
        var runs = new GlyphRuns(stack);
        var renderer = new TaggedPageRenderer(tree, runs, charts, geometry.Height);
        var size = new PageSize(geometry.Width, geometry.Height);
        var count = 0;
        foreach (var page in pages)
        {
            renderer.Draw(writer.BeginPage(size), page);
            writer.EndPage();
            count++;
        }

        var result = writer.Finish(tree.Tree(), Bookmarks.Nest(outline));
        if (!result.Written)
        {
            throw new InvalidOperationException(
                $"The PDF breaks {result.Errors.Count} rule(s) of {standard}: " + string.Join("; ", result.Errors.Take(10).Select(e => e.ToString())));
        }

        return (count, FontFileHashes.Of(runs.Faces.Select(stack.Face)));
    }
}
