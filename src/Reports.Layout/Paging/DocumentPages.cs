using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// A document being laid out: the fonts checked, one shaper (and its cache) for every pass, and the
/// pages made on demand. <see cref="Paginate"/> lays the document out afresh each time it is read and
/// always gives the same pages, so a long document can be paged once to learn its page count and
/// anchors, then again to draw, without ever holding all its pages.
/// </summary>
public sealed class DocumentPages : IDisposable
{
    private readonly DocumentSpec document;
    private readonly FontStack stack;
    private readonly TextShaper shaper;
    private readonly TextEngine engine;

    /// <summary>
    /// The document must be drawable (<see cref="DocumentLayout.MissingGlyphs"/> empty): it is checked once,
    /// before layout, and a character without a font met while laying out is a programming error.
    /// </summary>
    public DocumentPages(DocumentSpec document, LayoutOptions options)
    {
        this.document = document;
        stack = options.Fonts;
        shaper = new TextShaper(stack);
        engine = new TextEngine(shaper) { RightToLeft = document.RightToLeft, Language = document.Metadata.Language };
        Geometry = PageGeometry.For(options.PageSize);
    }

    public PageGeometry Geometry { get; }

    /// <summary>The fonts the document is set in (the renderer embeds the faces layout shaped with).</summary>
    public FontStack Stack => stack;

    public DocumentMetadata Metadata => document.Metadata;

    /// <summary>
    /// The pages as pagination makes them, one at a time, before the table-of-contents numbers and the
    /// running header and footer are added (see <see cref="Finisher"/>); with <paramref name="keep"/>,
    /// only the boxes it accepts (<see cref="AnchorIndex.Reads"/> for a pass that only indexes).
    /// </summary>
    public IEnumerable<List<PlacedBox>> Paginate(Func<PlacedBox, bool>? keep = null)
    {
        var context = new LayoutContext(engine, Geometry, document.Look);
        var slices = new FlowBuilder(context, new BlockLayouter(context, shaper)).Build(document.Blocks);
        return Paginator.Paginate(Geometry, slices, keep);
    }

    /// <summary>Reads every page once for its anchors and bookmarks, then checks every link's target.</summary>
    public AnchorIndex Index(IEnumerable<List<PlacedBox>> pages)
    {
        var index = new AnchorIndex();
        foreach (var page in pages)
            index.Add(page);
        index.CheckTargets();
        return index;
    }

    /// <summary>Adds page numbers to the table of contents and the header and footer, once the page count is known.</summary>
    public PageFinisher Finisher(AnchorIndex index) =>
        new(
            new TocResolver(engine, index.Anchors),
            new DecorationLayout(engine, Geometry, document.Decorations, new BlockStyles(document.Look)),
            new MarkingLayout(engine, Geometry, document.Decorations, document.Look),
            index.PageCount,
            document.RightToLeft ? Geometry.Width : null);

    public void Dispose() => shaper.Dispose();
}
