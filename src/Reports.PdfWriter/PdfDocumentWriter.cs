using Reports.PdfWriter.Document;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Tagging;
using Reports.PdfWriter.Validation;
using Reports.PdfWriter.Writing;

namespace Reports.PdfWriter;

/// <summary>
/// Writes a tagged PDF 1.7 (PDF/UA-1 and PDF/A-2a by default) page by page onto a stream: each page's
/// content, annotations and dictionary are written when the page ends, so memory holds one page plus a few
/// numbers per page written; fonts, the structure tree, bookmarks, metadata and the cross-reference table are
/// written by <see cref="Finish"/>, after the rules of the standard are checked.
/// </summary>
/// <remarks>
/// Hand-written because no library the registry serves writes tagged PDF: SkiaSharp has no structure-tree
/// API and writes CFF fonts as Type 3; PDFsharp 6.2.4 was tried and rejected (marked content across BT/ET,
/// no /Scope, no pdfuaid, TrueType only, output differing between runs). Typst's krilla is the model.
/// </remarks>
public sealed class PdfDocumentWriter
{
    private readonly DocumentInfo info;
    private readonly DocumentState document;
    private readonly Flate flate;
    private PageCanvas? page;
    private PageCanvas? late;
    private bool finished;

    public PdfDocumentWriter(Stream output, DocumentInfo info, PdfWriterOptions? options = null)
    {
        this.info = info;
        options ??= PdfWriterOptions.Default;
        flate = new Flate(options.Compression, options.BulkDeflateLevel) { BulkOn = options.BulkDeflateFromPage <= 1 };
        var file = new PdfOutput(output, flate, options.ObjectStreams);
        document = new DocumentState(file, options);
        file.WriteHeader();
    }

    public PdfStandard Standard => document.Options.Standard;

    /// <summary>How many pages have ended so far.</summary>
    public int PageCount => document.Pages.Count;

    /// <summary>Starts the next page; the page before must have been ended.</summary>
    public PageCanvas BeginPage(PageSize size)
    {
        CheckNothingOpen("beginning the next page");
        if (finished)
            throw new InvalidOperationException("The document is finished; it takes no more pages.");
        if (document.Pages.Count + 1 == document.Options.BulkDeflateFromPage)
            flate.BulkOn = true;
        page = new PageCanvas(document, document.Pages.Count, size);
        return page;
    }

    /// <summary>Starts drawing the late content of a page written before (<see cref="PageCanvas.Defer"/>); no page may be open.</summary>
    public PageCanvas BeginLate(LateContent content)
    {
        CheckNothingOpen("drawing late content");
        if (finished || content.Written)
            throw new InvalidOperationException(finished ? "The document is finished; it takes no more content." : $"The late content of page {content.PageIndex + 1} is written already.");
        late = new PageCanvas(document, content);
        return late;
    }

    /// <summary>Writes the open late content to the stream its page reserved.</summary>
    public void EndLate()
    {
        var open = late ?? throw new InvalidOperationException("No late content is open; call BeginLate first.");
        open.FinishLate();
        late = null;
    }

    /// <summary>Writes the open page to the stream.</summary>
    public void EndPage()
    {
        var open = page ?? throw new InvalidOperationException("No page is open; call BeginPage first.");
        document.Pages.Add(open.Finish());
        page = null;
    }

    /// <summary>
    /// Checks the document against its standard and, when it breaks no rule, writes the rest of the file.
    /// When it breaks one, nothing more is written, the stream holds an unfinished file to discard, and the
    /// result lists every broken rule.
    /// </summary>
    public PdfWriteResult Finish(TagTree tree, IReadOnlyList<OutlineItem>? outline = null)
    {
        CheckNothingOpen("finishing");
        if (finished || document.Pages.Count == 0)
            throw new InvalidOperationException(finished ? "The document is already finished." : "A PDF needs at least one page.");
        if (document.Late.Find(c => !c.Written) is { } unwritten)
            throw new InvalidOperationException($"The late content of page {unwritten.PageIndex + 1} was never drawn; draw it with BeginLate and EndLate before Finish.");
        finished = true;
        outline ??= [];
        DocumentChecks.Check(document, info, outline);
        new TreeValidator(document.Pages, document.Problems).Validate(tree);
        var errors = document.Problems.All.Where(p => StandardRules.Prohibits(Standard, p.Rule)).ToList();
        if (errors.Count == 0)
            WriteRest(tree, outline);
        return new PdfWriteResult(errors, document.Pages.Count, document.Output.Position) { Fonts = [.. document.Fonts.Fonts.Select(f => f.Face)] };
    }

    private void CheckNothingOpen(string doing)
    {
        if (page is not null)
            throw new InvalidOperationException($"Page {page.Index + 1} is still open; call EndPage before {doing}.");
        if (late is not null)
            throw new InvalidOperationException($"The late content of page {late.Index + 1} is still open; call EndLate before {doing}.");
    }

    private void WriteRest(TagTree tree, IReadOnlyList<OutlineItem> outline)
    {
        var output = document.Output;
        var fonts = new Fonts.FontWriter(output);
        foreach (var font in document.Fonts.Fonts)
            fonts.Write(font);
        WriteFontDictionary();
        document.Opacities.Write(document.Scratch);
        var structure = new StructureWriter(output, document.Pages).Write(tree, document.NextStructParent);
        var outlines = OutlineWriter.Write(output, outline);
        var destinations = DestinationWriter.Write(output, document.Destinations);
        var contentHash = output.HashSoFar();
        var (infoObject, metadata, intent) = MetadataWriter.Write(output, info, Standard, contentHash);
        WritePages();
        WriteCatalog(structure, outlines, destinations, metadata, intent);
        output.WriteTrailer(document.Catalog, infoObject, contentHash[..16]);
    }

    private void WriteFontDictionary()
    {
        var body = document.Scratch.Cleared().Raw("<<");
        foreach (var font in document.Fonts.Fonts)
            body.Raw("/").Raw(font.ResourceName).Space().Ref(font.ObjectNumber).Space();
        document.Output.WriteObject(document.FontDictionary, body.Raw(">>"));
    }

    private void WritePages()
    {
        var body = document.Scratch.Cleared().Raw("<</Type /Pages /Count ").Int(document.Pages.Count).Raw(" /Kids [");
        foreach (var record in document.Pages)
            body.Ref(record.ObjectNumber).Space();
        document.Output.WriteObject(document.PagesRoot, body.Raw("]>>"));
    }

    private void WriteCatalog(int structure, int outlines, int destinations, int metadata, int intent)
    {
        var body = document.Scratch.Cleared().Raw("<</Type /Catalog /Pages ").Ref(document.PagesRoot).Raw(" /Lang ").Text(info.Language)
            .Raw(" /MarkInfo <</Marked true>> /StructTreeRoot ").Ref(structure)
            .Raw(" /ViewerPreferences <</DisplayDocTitle true>> /Metadata ").Ref(metadata).Raw(" /OutputIntents [").Ref(intent).Raw("]");
        if (outlines != 0)
            body.Raw(" /Outlines ").Ref(outlines).Raw(" /PageMode /UseOutlines");
        if (destinations != 0)
            body.Raw(" /Names <</Dests ").Ref(destinations).Raw(">>");
        document.Output.WriteObject(document.Catalog, body.Raw(">>"));
    }
}
