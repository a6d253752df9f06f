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

    /// <summary>From this page on, the bulk takes <see cref="BulkDeflateLevel"/>; a shorter brief is compressed
    /// at the default level, as its deflate takes milliseconds (the seed's 15 pages would grow from 80 KB to
    /// 89 KB). Pages are drawn as they are laid out, so a long document's first pages keep the default too.</summary>
    private const int LongDocumentPages = 100;

    /// <summary>
    /// The pages laid out on the drawing thread before a worker lays out the rest ahead of it. A brief's PDF and
    /// workbook are written side by side, so a worker from the first page made three busy threads on two cores:
    /// the seed's PDF stage took 0.27–0.48 s beside its workbook, against 0.19–0.28 s when the first of two
    /// layout passes ran alone (its PDF alone: 0.17–0.24 s either way). A short brief is laid out in a few tens of
    /// milliseconds; a long one meets its workbook's end well before its own.
    /// </summary>
    private const int InlinePages = 30;

    /// <summary>
    /// Pays first-use costs the first chart would otherwise pay on the drawing thread (the chart library's font
    /// set-up), e.g. on a spare core while the dataset is validated. Writes nothing; safe beside a render.
    /// </summary>
    public static void Prepare() => ChartFigures.Prepare();

    /// <summary>
    /// Lays out and renders <paramref name="document"/> to <paramref name="output"/> in one pass: each page is
    /// laid out (after the first <see cref="InlinePages"/>, a few pages ahead on another core) and drawn at once,
    /// and let go. What only the end of the
    /// document tells, its page count ("Page X of Y") and the pages of the contents' entries, is drawn then, into
    /// each page's late content stream (<see cref="LateContent"/>), from a few numbers held per page
    /// (<see cref="LatePage"/>); the bookmarks and links' targets are written at the end anyway. Memory stays flat
    /// however long the document is, and the bytes are those of rendering <see cref="DocumentLayout.Layout"/>'s
    /// result. <paramref name="standard"/> is what the file claims (and the writer enforces); every setting is tagged.
    /// </summary>
    /// <remarks>
    /// The document used to be laid out twice, first alone (for the page count and the anchors) while the other
    /// core idled, then again to draw: at 10,000 indicators the layout was a third of the run's CPU time.
    /// </remarks>
    public static RenderResult Render(DocumentSpec document, LayoutOptions options, Stream output, PdfStandard standard = PdfStandard.Ua1A2a)
    {
        using var layout = new DocumentPages(document, options);
        var index = new AnchorIndex();
        var finisher = layout.Finisher();
        var pages = PagesAhead<(List<PlacedBox> Boxes, LatePage Late)>.Of(layout.Draft(index, finisher), inline: InlinePages).Select(p => ((IReadOnlyList<PlacedBox>)p.Boxes, p.Late));
        var ends = new Ends<LatePage>(index.CheckTargets, (page, count) => finisher.Complete(page, count, index.Anchors), () => index.Outline);
        var fonts = Draw(layout.Geometry, document.Metadata, layout.Stack, pages, ends, output, Options(standard));
        return new RenderResult(index.PageCount, index.UserAnchorPages()) { Fonts = fonts };
    }

    /// <summary>Renders an already laid-out document.</summary>
    public static RenderResult Render(LaidOutDocument layout, Stream output, PdfStandard standard = PdfStandard.Ua1A2a)
    {
        var pages = layout.Pages.Select(p => (p.Drawing ?? p.Boxes, p.Late));
        var fonts = Draw(layout.Geometry, layout.Metadata, layout.Stack, pages, new Ends<LateBoxes>(() => { }, (late, _) => late, () => layout.Outline), output, Options(standard));
        return new RenderResult(layout.Pages.Count, layout.AnchorPages) { Fonts = fonts };
    }

    private static PdfWriterOptions Options(PdfStandard standard) =>
        new(standard, ObjectStreams: true) { BulkDeflateLevel = BulkDeflateLevel, BulkDeflateFromPage = LongDocumentPages };

    /// <summary>
    /// Draws the pages straight into <paramref name="output"/>, each as it comes, then each page's late content
    /// (made by <paramref name="ends"/> once the page count is known), then the structure, bookmarks and
    /// metadata; returns the font files the text was drawn with (for the manifest).
    /// </summary>
    private static IReadOnlyList<UsedFont> Draw<TLate>(
        PageGeometry geometry,
        DocumentMetadata metadata,
        FontStack stack,
        IEnumerable<(IReadOnlyList<PlacedBox> Boxes, TLate Late)> pages,
        Ends<TLate> ends,
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
        var waiting = new List<(PageLate Drawn, TLate Late)>();
        foreach (var (boxes, late) in pages)
        {
            var drawn = renderer.Draw(writer.BeginPage(size), boxes);
            writer.EndPage();
            if (drawn is not null)
                waiting.Add((drawn, late));
        }

        ends.Laid();
        var count = writer.PageCount;
        foreach (var (drawn, late) in waiting)
        {
            renderer.DrawLate(writer.BeginLate(drawn.Content), drawn, ends.Complete(late, count));
            writer.EndLate();
        }

        var result = writer.Finish(tree.Tree(), Bookmarks.Nest(ends.Outline()));
        if (!result.Written)
        {
            throw new InvalidOperationException(
                $"The PDF breaks {result.Errors.Count} rule(s) of {standard}: " + string.Join("; ", result.Errors.Take(10).Select(e => e.ToString())));
        }

        // What the file embeds, not what the page text used: a face only a chart draws (its ticks) counts too.
        return FontFileHashes.Of(result.Fonts.Select(f => (f.Path, f.Index)));
    }
}
