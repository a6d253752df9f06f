using UglyToad.PdfPig.Tokens;

namespace Reports.PdfWriter.Tests;

/// <summary>
/// How hard streams are compressed: everything at the document's level, except page content and object
/// streams, which take the bulk level when one is given.
/// </summary>
public sealed class CompressionTests
{
    /// <summary>zlib's level 0 stores: 2 bytes of header, 5 per stored block (one block up to 64 KB), 4 of checksum.</summary>
    private const int StoredOverhead = 2 + 5 + 4;

    [SkippableFact]
    public void With_a_bulk_level_of_0_page_content_is_stored_and_the_font_still_compressed()
    {
        Some.RequireFonts();
        using var pdf = Written.Page((page, root) => TextTests.Paragraph(page, root, Shaper.Run(Some.Sans, Some.Latin, 72, 100)), new PdfWriterOptions { BulkDeflateLevel = 0 }).Open();
        var objects = new PdfObjects(pdf);

        var content = objects.Stream(objects.Page(1), "Contents");
        var font = FontProgram(objects);

        content.Data.Length.ShouldBe(PdfObjects.Data(content).Length + StoredOverhead);
        font.Data.Length.ShouldBeLessThan(PdfObjects.Data(font).Length * 3 / 4);
    }

    [SkippableFact]
    public void Without_a_bulk_level_page_content_is_compressed_at_the_document_level()
    {
        Some.RequireFonts();
        using var pdf = Written.Page((page, root) => TextTests.Paragraph(page, root, Shaper.Run(Some.Sans, Some.Latin, 72, 100))).Open();
        var objects = new PdfObjects(pdf);

        var content = objects.Stream(objects.Page(1), "Contents");

        content.Data.Length.ShouldBeLessThan(PdfObjects.Data(content).Length);
    }

    private static StreamToken FontProgram(PdfObjects objects)
    {
        var type0 = objects.Dictionary(objects.Dictionary(objects.Dictionary(objects.Page(1), "Resources"), "Font"), "F1");
        var cidFont = (DictionaryToken)objects.Array(type0, "DescendantFonts").Single();
        return objects.Stream(objects.Dictionary(cidFont, "FontDescriptor"), "FontFile2");
    }
}
