using Reports.PdfWriter.Fonts;
using Reports.PdfWriter.Validation;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// What a document keeps while its pages stream out: the file, fonts, problems, the record of each page
/// written, destinations, and the keys of the ParentTree. Per page it keeps a few numbers, not the content.
/// </summary>
internal sealed class DocumentState
{
    public DocumentState(PdfOutput output, PdfWriterOptions options)
    {
        Output = output;
        Options = options;
        Catalog = output.Reserve();
        PagesRoot = output.Reserve();
        FontDictionary = output.Reserve();
        Fonts = new FontRegistry(output, Problems);
        Opacities = new Opacities(output);
        Graphics = new GraphicWriter(Fonts, Problems, Opacities);
    }

    public PdfOutput Output { get; }

    public PdfWriterOptions Options { get; }

    public Problems Problems { get; } = new();

    public FontRegistry Fonts { get; }

    public GraphicWriter Graphics { get; }

    /// <summary>The graphics states of the opacities groups use, shared by every page and form.</summary>
    public Opacities Opacities { get; }

    public List<PageRecord> Pages { get; } = [];

    /// <summary>The late content of pages written so far (<see cref="LateContent"/>), each to be written before the end.</summary>
    public List<LateContent> Late { get; } = [];

    /// <summary>Named destinations: the page object and the point in PDF space.</summary>
    public Dictionary<string, (int Page, double X, double Y)> Destinations { get; } = new(StringComparer.Ordinal);

    /// <summary>Destinations links point to, with where the link is, checked when the document is finished.</summary>
    public List<(string Name, string Where)> LinkedDestinations { get; } = [];

    public int Catalog { get; }

    public int PagesRoot { get; }

    /// <summary>One font dictionary every page and form shares (written last, when every font is known).</summary>
    public int FontDictionary { get; }

    /// <summary>The next ParentTree key (pages' <c>/StructParents</c> and annotations' <c>/StructParent</c>).</summary>
    public int NextStructParent { get; set; }

    /// <summary>Image XObjects written so far, by the content hash of the image (a logo on every page is one object).</summary>
    public Dictionary<string, int> Images { get; } = new(StringComparer.Ordinal);

    /// <summary>Content of the page being drawn, reused page after page.</summary>
    public PdfBuffer PageContent { get; } = new(1 << 16);

    /// <summary>Scratch space for one object's dictionary.</summary>
    public PdfBuffer Scratch { get; } = new();
}
