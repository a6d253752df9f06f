using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// A document being laid out: the fonts checked, one shaper (and its cache), and the pages made on demand.
/// <see cref="Paginate"/> lays the document out afresh each time it is read and always gives the same pages;
/// <see cref="Draft"/> lays it out once for drawing, each page as far as it can be finished before the end (see
/// <see cref="PageFinisher"/>), so a long document is drawn without ever holding all its pages.
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
    /// running header and footer are added (see <see cref="Finisher"/>).
    /// </summary>
    public IEnumerable<List<PlacedBox>> Paginate()
    {
        var context = new LayoutContext(engine, Geometry, document.Look);
        var slices = new FlowBuilder(context, new BlockLayouter(context, shaper)).Build(document.Blocks);
        return Paginator.Paginate(Geometry, slices);
    }

    /// <summary>
    /// The pages one at a time, each recorded in <paramref name="index"/> (anchors, bookmarks, link targets) and
    /// begun by <paramref name="finisher"/>, with what it still waits for; the index is complete, and its targets
    /// may be checked, when the last page has been read.
    /// </summary>
    public IEnumerable<(List<PlacedBox> Boxes, LatePage Late)> Draft(AnchorIndex index, PageFinisher finisher)
    {
        foreach (var page in Paginate())
        {
            index.Add(page);
            yield return (page, finisher.Begin(page, index.PageCount));
        }
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

    /// <summary>Adds the header, footer and markings to the pages, and page numbers to the table of contents.</summary>
    public PageFinisher Finisher() =>
        new(
            new TocResolver(engine),
            new DecorationLayout(engine, Geometry, document.Decorations, new BlockStyles(document.Look)),
            new MarkingLayout(engine, Geometry, document.Decorations, document.Look),
            document.RightToLeft ? Geometry.Width : null);

    public void Dispose() => shaper.Dispose();
}
