using Reports.PdfWriter.Content;
using Reports.PdfWriter.Tagging;
using Reports.PdfWriter.Validation;
using Reports.PdfWriter.Writing;

namespace Reports.PdfWriter;

/// <summary>
/// A page's late content (<see cref="LateContent"/>): on the page, its place (<see cref="Defer"/>), the MCIDs and
/// links it will complete; on a canvas of late content, drawing under those ids and writing those links.
/// </summary>
public sealed partial class PageCanvas
{
    /// <summary>A canvas for the late content of a page written before (<see cref="PdfDocumentWriter.BeginLate"/>).</summary>
    internal PageCanvas(DocumentState document, LateContent content)
    {
        this.document = document;
        Index = content.PageIndex;
        Size = content.Size;
        ObjectNumber = content.PageObject;
        StructParents = -1;
        Where = $"page {Index + 1} (late content)";
        late = content;
        drawnLate = [];
        document.PageContent.Clear();
    }

    /// <summary>
    /// Opens the tagged sequence of an id the page reserved for its late content (<see cref="ReserveTagged"/>);
    /// only on a canvas of late content, once per id.
    /// </summary>
    public void StartTagged(ContentTag tag, ContentId reserved)
    {
        if (late is null || drawnLate is null || reserved.Page != Index || !late.Reserved.Contains(reserved.Mcid))
            throw new InvalidOperationException($"MCID {reserved.Mcid} of page {reserved.Page + 1} is not reserved for this canvas: StartTagged(tag, id) draws, in a page's late content, an id that page reserved with ReserveTagged.");
        if (!drawnLate.Add(reserved.Mcid))
            throw new InvalidOperationException($"MCID {reserved.Mcid} of page {Index + 1} was drawn already; each reserved id is drawn once.");
        Open(Sequence.Tagged);
        WriteTag(tag, reserved.Mcid);
    }

    /// <summary>
    /// An MCID of this page for content drawn in its late content (a table of contents' page number, known at the
    /// end): add it to its element now, where it belongs in reading order, and draw it there with
    /// <see cref="StartTagged(ContentTag, ContentId)"/>.
    /// </summary>
    public ContentId ReserveTagged()
    {
        RefuseLate(nameof(ReserveTagged));
        Late.Reserved.Add(mcids);
        return new ContentId(Index, mcids++);
    }

    /// <summary>
    /// Marks the place of the page's late content: what was drawn so far paints before it, what is drawn next
    /// after it. Outside tagged content and artifacts; once per page.
    /// </summary>
    public LateContent Defer()
    {
        RefuseLate(nameof(Defer));
        if (split >= 0)
            throw new InvalidOperationException($"Page {Index + 1} has its late content's place already; a page defers once.");
        if (open != Sequence.None)
            throw new InvalidOperationException($"On page {Index + 1} Defer was called inside {Describe(open)}; end it first (a content stream ends outside marked content).");
        split = Content.Length;
        return Late;
    }

    private LateContent Late => late ??= new LateContent(Index, ObjectNumber, Size, document.Output.Reserve());

    /// <summary>
    /// Adds a link whose text ends in the page's late content (a contents entry, whose page number is known at
    /// the end): its annotation is written there, by <see cref="CompleteLink"/> with the whole text.
    /// </summary>
    public AnnotationId AddLateLink(LinkAnnotation link)
    {
        RefuseLate(nameof(AddLateLink));
        var id = Add(link);
        Late.Links.Add((id.Index, link, links[^1].Record));
        return id;
    }

    /// <summary>On a canvas of late content, writes the annotation of a link its page added with <see cref="AddLateLink"/>.</summary>
    public void CompleteLink(AnnotationId id, string contents)
    {
        var i = late is null || !IsLate || id.Page != Index ? -1 : late.Links.FindIndex(l => l.Index == id.Index);
        if (i < 0)
            throw new InvalidOperationException($"Link {id.Index} of page {id.Page + 1} is not waiting for this canvas: CompleteLink writes, in a page's late content, a link that page added with AddLateLink.");
        var (_, link, record) = late!.Links[i];
        late.Links.RemoveAt(i);
        if (string.IsNullOrWhiteSpace(contents))
            document.Problems.Add(Violation.MissingLinkText, Where, "a link annotation has no text for /Contents; give the words a screen reader should say for it");
        AnnotationWriter.Write(document, link with { Contents = contents }, record, ObjectNumber, Size.Height);
    }

    /// <summary>Writes a page's late content to the stream its page reserved.</summary>
    internal void FinishLate()
    {
        CheckEnd();
        var content = late!;
        if (content.Reserved.Count != drawnLate!.Count)
            throw new InvalidOperationException($"The late content of page {Index + 1} drew {drawnLate.Count} of the {content.Reserved.Count} tagged ids its page reserved; draw each with StartTagged(tag, id).");
        if (content.Links.Count > 0)
            throw new InvalidOperationException($"The late content of page {Index + 1} left {content.Links.Count} link(s) unwritten; call CompleteLink for each link added with AddLateLink.");
        document.Output.WriteStream(content.Stream, document.Scratch.Cleared(), Content.Span, bulk: true);
        content.Written = true;
    }

    private void RefuseLate(string what)
    {
        if (IsLate)
            throw new InvalidOperationException($"Late content of page {Index + 1} cannot {what}: the page's resources, annotations and tags were written with it. Do it while drawing the page.");
    }
}
