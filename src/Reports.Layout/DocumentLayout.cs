using Reports.Layout.Model;
using Reports.Layout.Paging;
using Reports.Layout.Text;

namespace Reports.Layout;

/// <summary>
/// Lays a document out into pages of placed boxes, without producing a PDF. Stages: check that every
/// character can be drawn, measure blocks into slices, paginate, fill in the table of contents, add
/// header and footer, then subset the fonts to what the pages use.
/// </summary>
public static class DocumentLayout
{
    /// <summary>
    /// Lays out <paramref name="document"/>. Throws <see cref="MissingGlyphsException"/> when a character
    /// cannot be drawn, <see cref="ArgumentException"/> for an inconsistent document (duplicate anchors,
    /// links to unknown anchors, malformed tables or charts).
    /// </summary>
    public static LaidOutDocument Layout(DocumentSpec document, LayoutOptions options)
    {
        var stack = FontStack.Create(options.ExtraFontDirectories);
        GlyphCoverage.Check(stack, document);
        using var shaper = new TextShaper(stack);
        var engine = new TextEngine(shaper);
        var context = new LayoutContext(engine, PageGeometry.For(options.PageSize));

        var slices = new FlowBuilder(context, new BlockLayouter(context, shaper)).Build(document.Blocks);
        var pages = new Paginator(context.Page).Paginate(slices);
        var anchors = AnchorIndex.From(pages);
        AnchorIndex.CheckTargets(pages, anchors);
        new TocResolver(engine, anchors).Resolve(pages);
        new DecorationLayout(engine, context.Page, document.Decorations).Decorate(pages);

        return new LaidOutDocument(
            context.Page,
            [.. pages.Select((boxes, i) => new LaidOutPage(i + 1, boxes))],
            anchors.Where(a => a.Value.Destination.IsUserAnchor).ToDictionary(a => a.Key, a => a.Value.Page, StringComparer.Ordinal),
            OutlineBuilder.From(pages),
            document.Metadata)
        {
            Fonts = FontSubsetter.SubsetAll(stack, shaper.Usage),
        };
    }
}
