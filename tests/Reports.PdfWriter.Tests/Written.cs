using Reports.PdfWriter.Document;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Tagging;
using UglyToad.PdfPig;

namespace Reports.PdfWriter.Tests;

/// <summary>
/// A document written by a test: its pages are drawn by the test with the canvas, its tree built beside,
/// and the bytes kept. Pages are A4 unless the test says otherwise.
/// </summary>
internal sealed class Written
{
    private Written(byte[] bytes, PdfWriteResult result)
    {
        Bytes = bytes;
        Result = result;
    }

    public byte[] Bytes { get; }

    public PdfWriteResult Result { get; }

    /// <summary>A document a test wrote with the writer itself.</summary>
    public static Written From(byte[] bytes, PdfWriteResult result) => new(bytes, result);

    /// <summary>Writes pages with <paramref name="draw"/> (one call per page) and finishes with the tree it built.</summary>
    public static Written Of(int pages, Action<PageCanvas, TagGroup> draw, PdfWriterOptions? options = null,
        IReadOnlyList<OutlineItem>? outline = null, DocumentInfo? info = null)
    {
        using var stream = new MemoryStream();
        var writer = new PdfDocumentWriter(stream, info ?? Some.Info, options);
        var root = new TagGroup(Tag.Document);
        for (var i = 0; i < pages; i++)
        {
            var page = writer.BeginPage(PageSize.A4);
            draw(page, root);
            writer.EndPage();
        }

        var result = writer.Finish(new TagTree().Add(root), outline);
        return new Written(stream.ToArray(), result);
    }

    /// <summary>A one-page document.</summary>
    public static Written Page(Action<PageCanvas, TagGroup> draw, PdfWriterOptions? options = null, DocumentInfo? info = null) =>
        Of(1, draw, options, info: info);

    /// <summary>The file, after checking it was finished.</summary>
    public byte[] File()
    {
        Result.Errors.ShouldBeEmpty();
        Result.Written.ShouldBeTrue();
        return Bytes;
    }

    public PdfDocument Open() => PdfDocument.Open(File(), new ParsingOptions { UseLenientParsing = false });

    /// <summary>The file saved to a temporary path, for the command-line checkers.</summary>
    public string Save()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pdfwriter-{Guid.NewGuid():N}.pdf");
        System.IO.File.WriteAllBytes(path, File());
        return path;
    }
}
