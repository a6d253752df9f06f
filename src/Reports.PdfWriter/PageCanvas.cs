using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Tagging;
using Reports.PdfWriter.Validation;
using Reports.PdfWriter.Writing;

namespace Reports.PdfWriter;

/// <summary>
/// The drawing surface of one page (krilla's surface is the model): it knows nothing of the structure
/// tree. Real content is drawn between <see cref="StartTagged(ContentTag)"/> and <see cref="EndTagged"/>, which
/// returns the <see cref="ContentId"/> to add to a <see cref="TagGroup"/>; everything else between
/// <see cref="StartArtifact"/> and <see cref="EndArtifact"/>. Sequences do not nest, and each encloses whole
/// text objects, so tags never cross BT/ET. Coordinates are points from the page's top-left corner.
/// What only the end of the document tells is drawn later, as the page's <see cref="LateContent"/>
/// (<see cref="Defer"/>); a canvas of late content (<see cref="IsLate"/>) draws onto that stream.
/// </summary>
public sealed partial class PageCanvas
{
    private readonly DocumentState document;
    private readonly List<(LinkAnnotation Link, AnnotationRecord Record)> links = [];
    private readonly List<(string Name, int Number)> forms = [];

    /// <summary>In a canvas of late content, that content; else the page's, once something needed it.</summary>
    private LateContent? late;
    private readonly HashSet<int>? drawnLate;

    /// <summary>Where in the page's content the late stream goes (<see cref="Defer"/>), or −1.</summary>
    private int split = -1;
    private Sequence open;
    private int mcids;
    private int untagged;
    private string? firstUntagged;

    internal PageCanvas(DocumentState document, int index, PageSize size)
    {
        this.document = document;
        Index = index;
        Size = size;
        ObjectNumber = document.Output.Reserve();
        StructParents = document.NextStructParent++;
        Where = $"page {index + 1}";
        document.PageContent.Clear();
    }

    private enum Sequence
    {
        None,
        Tagged,
        Artifact,
    }

    /// <summary>0-based position of the page in the document.</summary>
    public int Index { get; }

    public PageSize Size { get; }

    internal int ObjectNumber { get; }

    internal int StructParents { get; }

    /// <summary>True for a canvas of a page's late content (<see cref="LateContent"/>).</summary>
    public bool IsLate => drawnLate is not null;

    private string Where { get; }

    private PdfBuffer Content => document.PageContent;

    public ContentId StartTagged(TagKind kind) => StartTagged(new ContentTag(kind));

    /// <summary>Opens a tagged sequence; what is drawn until <see cref="EndTagged"/> belongs to the returned id.</summary>
    public ContentId StartTagged(ContentTag tag)
    {
        if (IsLate)
            throw new InvalidOperationException($"Late content of page {Index + 1} draws tagged content only under an id its page reserved: call ReserveTagged while drawing the page, then StartTagged(tag, id) here.");
        Open(Sequence.Tagged);
        WriteTag(tag, mcids);
        return new ContentId(Index, mcids++);
    }

    private void WriteTag(ContentTag tag, int mcid)
    {
        Content.Byte((byte)'/').Raw(TagNames.Of(tag.Kind)).Raw(" <</MCID ").Int(mcid);
        if (tag.Lang is { } lang)
        {
            if (!Languages.IsTag(lang))
                document.Problems.Add(Violation.InvalidLanguage, Where, $"'{lang}' is not a BCP 47 language tag (e.g. 'en', 'ar', 'zh-Hans')");
            Content.Raw(" /Lang ").Text(lang);
        }

        if (tag.ActualText is { } actual)
            Content.Raw(" /ActualText ").Text(actual);
        Content.Raw(">> BDC\n");
    }

    public void EndTagged() => Close(Sequence.Tagged);

    /// <summary>Opens an artifact: content a screen reader skips (running header and footer, rules, backgrounds).</summary>
    public void StartArtifact(Artifact artifact)
    {
        Open(Sequence.Artifact);
        Content.Raw("/Artifact <</Type /").Raw(artifact.Kind switch
        {
            ArtifactKind.Header => "Pagination /Subtype /Header",
            ArtifactKind.Footer => "Pagination /Subtype /Footer",
            ArtifactKind.Watermark => "Pagination /Subtype /Watermark",
            ArtifactKind.Pagination => "Pagination",
            ArtifactKind.Layout => "Layout",
            ArtifactKind.Page => "Page",
            _ => "Background",
        });
        if (artifact.BBox is { } box)
        {
            Content.Raw(" /BBox [").Number(box.X).Space().Number(Size.Height - box.Bottom).Space().Number(box.Right).Space()
                .Number(Size.Height - box.Y).Raw("]");
        }
        else if (artifact.Kind == ArtifactKind.Background)
        {
            document.Problems.Add(Violation.BackgroundWithoutBBox, Where, "a background artifact has no bounding box; PDF 1.7 requires one (use Artifact.Background(bounds))");
        }

        Content.Raw(">> BDC\n");
    }

    public void EndArtifact() => Close(Sequence.Artifact);

    public void Draw(Graphic graphic)
    {
        if (IsLate && graphic is GraphicGroup { Opacity: not null })
            throw new InvalidOperationException($"Late content of page {Index + 1} cannot draw with an opacity: the page's resources were written with it. Draw translucent content on the page itself.");
        NoteUntagged(graphic);
        document.Graphics.Write(Content, graphic, Size.Height, Where);
    }

    /// <summary>Draws a form (e.g. a chart) into its target rectangle; inside a Figure's tagged sequence, or an artifact.</summary>
    public void Place(PlacedForm placed)
    {
        RefuseLate("Place (a form)");
        NoteUntagged(placed);
        var form = placed.Form;
        if (form.Width <= 0 || form.Height <= 0)
            throw new ArgumentException($"A form needs a positive size; this one is {form.Width} × {form.Height} points.", nameof(placed));
        var number = FormWriter.Write(document, form, Where);
        var name = "X" + number;
        forms.Add((name, number));
        var t = placed.Target;
        Content.Raw("q ").Number(t.Width / form.Width).Raw(" 0 0 ").Number(t.Height / form.Height).Space().Number(t.X).Space()
            .Number(Size.Height - t.Bottom).Raw(" cm /").Raw(name).Raw(" Do Q\n");
    }

    /// <summary>Draws a raster image (a logo) into its target rectangle; inside a Figure's tagged sequence, or an artifact.</summary>
    public void Place(PlacedImage placed)
    {
        RefuseLate("Place (an image)");
        NoteUntagged(placed);
        var t = placed.Target;
        if (t.Width <= 0 || t.Height <= 0)
            throw new ArgumentException($"An image needs a positive target size; this one is {t.Width} × {t.Height} points.", nameof(placed));
        var number = ImageWriter.Write(document, placed.Image);
        var name = "Im" + number;
        if (!forms.Contains((name, number)))
            forms.Add((name, number));
        Content.Raw("q ").Number(t.Width).Raw(" 0 0 ").Number(t.Height).Space().Number(t.X).Space()
            .Number(Size.Height - t.Bottom).Raw(" cm /").Raw(name).Raw(" Do Q\n");
    }

    /// <summary>Adds a link annotation; add the returned id to the Link element that holds the link's text.</summary>
    public AnnotationId AddLink(LinkAnnotation link)
    {
        RefuseLate(nameof(AddLink));
        if (string.IsNullOrWhiteSpace(link.Contents))
            document.Problems.Add(Violation.MissingLinkText, Where, "a link annotation has no text for /Contents; give the words a screen reader should say for it");
        return Add(link);
    }

    private AnnotationId Add(LinkAnnotation link)
    {
        if (link.Target is DestinationTarget destination)
            document.LinkedDestinations.Add((destination.Name, Where));
        var record = new AnnotationRecord(document.Output.Reserve(), document.NextStructParent++);
        links.Add((link, record));
        return new AnnotationId(Index, links.Count - 1);
    }

    public void AddDestination(NamedDestination destination)
    {
        RefuseLate(nameof(AddDestination));
        if (!document.Destinations.TryAdd(destination.Name, (ObjectNumber, destination.Position.X, Size.Height - destination.Position.Y)))
            document.Problems.Add(Violation.DuplicateDestination, Where, $"the destination '{destination.Name}' was already added; each name must be unique");
    }

    private void Open(Sequence sequence)
    {
        if (open != Sequence.None)
            throw new InvalidOperationException($"On page {Index + 1} {Describe(sequence)} was started inside {Describe(open)}; marked content does not nest, so end the first one before starting the next.");
        open = sequence;
    }

    private void Close(Sequence sequence)
    {
        if (open != sequence)
            throw new InvalidOperationException($"On page {Index + 1} {(sequence == Sequence.Tagged ? "EndTagged" : "EndArtifact")} was called with {(open == Sequence.None ? "nothing" : Describe(open))} open.");
        open = Sequence.None;
        Content.Raw("EMC\n");
    }

    private static string Describe(Sequence sequence) => sequence == Sequence.Tagged ? "a tagged sequence" : "an artifact";

    private void NoteUntagged(object drawn)
    {
        if (open != Sequence.None)
            return;
        if (untagged++ == 0)
            firstUntagged = drawn is GlyphRun run ? $"the text '{ClusterText.Excerpt(run.Text)}'" : $"a {drawn.GetType().Name}";
    }
}
