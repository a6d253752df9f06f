using System.Runtime.InteropServices;
using System.Text;
using Reports.Charts;
using Reports.Layout.Paging;
using Reports.Layout.Structure;
using Reports.PdfWriter;
using Reports.PdfWriter.Content;
using Reports.PdfWriter.Tagging;
using PdfRect = Reports.PdfWriter.Geometry.Rect;

namespace Reports.Pdf;

/// <summary>
/// Draws the boxes of one page onto the writer's canvas in layout's order, each inside the marked content
/// of its element (consecutive boxes of one element and language share one sequence) or, for a box without
/// an element, inside an artifact: the running header and footer, rules, backgrounds, repeated table headers.
/// Links become annotations held by their Link element, with their text as <c>/Contents</c>. What waits for
/// the end of the document (a table-of-contents number, the footer) is drawn later as the page's late content
/// (<see cref="DrawLate"/>): a number's place in its element and its MCID are taken when the page is drawn, so
/// the structure is the one the page would have had with the number in it.
/// </summary>
internal sealed class TaggedPageRenderer(StructureTree tree, GlyphRuns runs, ChartFigures charts, double pageHeight)
{
    /// <summary>Destinations sit a little above their heading so viewers do not cut its top.</summary>
    private const double DestinationLead = 6;

    /// <summary>A filled rectangle this thin is a rule or an underline; a larger one is a background.</summary>
    private const double RuleThickness = 3;

    private static readonly Dictionary<StructureNode, LateLink> NoLinks = new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<StructureNode, StringBuilder> linkTexts = new(ReferenceEqualityComparer.Instance);
    private readonly List<LateNumber?> numbers = [];
    private readonly Dictionary<StructureNode, LateLink> lateLinks = new(ReferenceEqualityComparer.Instance);
    private PageCanvas page = null!;
    private LateContent? late;
    private StructureNode? openNode;
    private string? openLang;
    private Artifact? openArtifact;

    /// <summary>The number being drawn in late content: its boxes with its node go into its reserved sequence.</summary>
    private LateNumber? drawing;

    /// <summary>Draws a page; returns what its late content needs, or null when it has none.</summary>
    public PageLate? Draw(PageCanvas canvas, IReadOnlyList<PlacedBox> boxes)
    {
        (page, late) = (canvas, null);
        linkTexts.Clear();
        numbers.Clear();
        lateLinks.Clear();
        foreach (var box in boxes)
            DrawBox(box);
        Close();
        if (late is null)
            return null;
        // Held for every page until the end: most pages wait for their footer alone, and share the empty map.
        var links = lateLinks.Count == 0 ? NoLinks : new Dictionary<StructureNode, LateLink>(lateLinks, ReferenceEqualityComparer.Instance);
        return new PageLate(late, numbers.Count == 0 ? [] : [.. numbers], links);
    }

    /// <summary>Draws a page's late content: each table-of-contents number in the sequence its page reserved (completing its link), then the footer.</summary>
    public void DrawLate(PageCanvas canvas, PageLate pageLate, LateBoxes boxes)
    {
        (page, late) = (canvas, null);
        linkTexts.Clear();
        for (var i = 0; i < boxes.Numbers.Count; i++)
        {
            drawing = pageLate.Numbers[i];
            if (drawing is { } number && pageLate.Links.TryGetValue(number.Node, out var link))
                linkTexts[number.Node] = new StringBuilder(link.Text);
            foreach (var box in boxes.Numbers[i])
                DrawBox(box);
            Close();
            if (drawing is { } drawn && pageLate.Links.TryGetValue(drawn.Node, out var completed))
                page.CompleteLink(completed.Id, LinkContents(linkTexts[drawn.Node].ToString(), completed.Fallback));
            drawing = null;
        }

        foreach (var box in boxes.Footer)
            DrawBox(box);
        Close();
    }

    private void DrawBox(PlacedBox box)
    {
        switch (box)
        {
            case PlacedDestination destination:
                page.AddDestination(new NamedDestination(destination.Name, new PdfWriter.Geometry.Point(destination.Bounds.X, Math.Max(0, destination.Bounds.Y - DestinationLead))));
                break;
            case PlacedLink link:
                AddLink(link);
                break;
            case PlacedMark { Node: { } node } mark:
                tree.Group(node, mark);
                break;
            case PlacedText { Run.Glyphs.Length: 0 }:
                break;
            case PlacedText text:
                Mark(text, text.Run.Lang);
                NoteLinkText(text);
                page.Draw(runs.Of(text));
                break;
            case PlacedRect rect:
                Mark(rect, null);
                page.Draw(new RectShape(Pdf(rect.Bounds), rect.Fill is { } f ? runs.Color(f) : null, rect.Stroke is { } s ? runs.Color(s) : null, rect.StrokeWidth));
                break;
            case PlacedChart chart:
                Mark(chart, null);
                page.Place(new PlacedForm(charts.Paint(chart), Pdf(chart.Bounds)));
                break;
            case Reports.Layout.Paging.PlacedImage image:
                // The cover's logo is a Figure with its alt text; the running header's is part of the header.
                Mark(image, null);
                LogoContent.Draw(page, image);
                break;
            case PlacedRotatedText watermark:
                DrawWatermark(watermark);
                break;
            case PendingPageNumber pending:
                Reserve(pending);
                break;
            case LatePlace:
                Close();
                late = page.Defer();
                break;
        }
    }

    /// <summary>A table-of-contents number known only at the end: its MCID now, in its element, where it is read.</summary>
    private void Reserve(PendingPageNumber pending)
    {
        Close();
        if (pending.Node is not { } node)
        {
            numbers.Add(null);
            return;
        }

        var group = tree.Group(node, pending);
        var id = page.ReserveTagged();
        group.Add(id);
        numbers.Add(new LateNumber(node, group.Tag.Kind, id));
    }

    /// <summary>
    /// The watermark: its glyphs turned about their centre (anticlockwise by its degrees), over the content with
    /// its opacity, a watermark artifact (a reader does not read "DRAFT" on every page).
    /// </summary>
    private void DrawWatermark(PlacedRotatedText watermark)
    {
        var artifact = Artifact.Watermark;
        if (openArtifact != artifact)
        {
            Close();
            page.StartArtifact(artifact);
            openArtifact = artifact;
        }

        var turn = PdfWriter.Geometry.Matrix.Translate(watermark.CentreX, watermark.CentreY)
            .Times(PdfWriter.Geometry.Matrix.Rotate(-watermark.Degrees))
            .Times(PdfWriter.Geometry.Matrix.Translate(-watermark.CentreX, -watermark.CentreY));
        page.Draw(new GraphicGroup([runs.Of(watermark.Text)]) { Transform = turn, Opacity = watermark.Opacity < 1 ? watermark.Opacity : null });
    }

    /// <summary>Opens the sequence the box belongs in, unless it is the one open.</summary>
    private void Mark(PlacedBox box, string? lang)
    {
        if (box.Node is { } node)
        {
            if (ReferenceEquals(node, openNode) && (lang == openLang || drawing is not null))
                return;
            Close();
            if (drawing is { } number && ReferenceEquals(node, number.Node))
            {
                // One sequence per number (its runs share the language of its first): its page reserved one MCID.
                page.StartTagged(new ContentTag(number.Kind) { Lang = lang }, number.Id);
                (openNode, openLang) = (node, lang);
                return;
            }

            var group = tree.Group(node, box);
            group.Add(page.StartTagged(new ContentTag(group.Tag.Kind) { Lang = lang }));
            (openNode, openLang) = (node, lang);
            return;
        }

        var artifact = ArtifactOf(box);
        if (artifact == openArtifact)
            return;
        Close();
        page.StartArtifact(artifact);
        openArtifact = artifact;
    }

    private void Close()
    {
        if (openNode is not null)
            page.EndTagged();
        else if (openArtifact is not null)
            page.EndArtifact();
        (openNode, openLang, openArtifact) = (null, null, null);
    }

    /// <summary>The running header and footer by where they sit; in the body a rule, or a background with its bounds.</summary>
    private Artifact ArtifactOf(PlacedBox box)
    {
        if (box.BlockIndex < 0)
            return box.Bounds.Y < pageHeight / 2 ? Artifact.Header : Artifact.Footer;
        if (box is PlacedRect rect && Math.Min(rect.Bounds.Width, rect.Bounds.Height) > RuleThickness)
            return Artifact.Background(Pdf(rect.Bounds));
        return Artifact.Layout;
    }

    private void NoteLinkText(PlacedText text)
    {
        if (text.Node is { Role: StructureRole.Link } link)
            (CollectionsMarshal.GetValueRefOrAddDefault(linkTexts, link, out _) ??= new StringBuilder()).Append(text.Text);
    }

    private void AddLink(PlacedLink link)
    {
        LinkTarget target = link.Url is { } url ? new UriTarget(url) : new DestinationTarget(link.Anchor ?? "");
        var words = link.Node is { } node && linkTexts.TryGetValue(node, out var text) ? text.ToString() : "";
        var fallback = link.Url ?? $"Go to {link.Anchor}";
        var annotation = new LinkAnnotation(Pdf(link.Bounds), target, LinkContents(words, fallback));
        AnnotationId id;
        if (link.Node is { } waiting && numbers.Exists(n => n is { } number && ReferenceEquals(number.Node, waiting)))
        {
            // A contents entry: its text ends with its page number, drawn in the late content.
            id = page.AddLateLink(annotation);
            lateLinks[waiting] = new LateLink(id, words, fallback);
        }
        else
        {
            id = page.AddLink(annotation);
        }

        if (link.Node is { } owner)
            tree.Group(owner, link).Add(id);
    }

    private static string LinkContents(string words, string fallback) => words.Trim() is { Length: > 0 } trimmed ? trimmed : fallback;

    private static PdfRect Pdf(Rect r) => new(r.X, r.Y, r.Width, r.Height);
}
