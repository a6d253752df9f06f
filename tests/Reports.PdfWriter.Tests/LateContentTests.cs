using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Tagging;
using UglyToad.PdfPig.Tokens;

namespace Reports.PdfWriter.Tests;

/// <summary>
/// A page's late content: drawn after the page was written (its footer's page count, a contents number), painted
/// in its place between what the page drew before and after it, tagged under the MCIDs the page reserved.
/// </summary>
public sealed class LateContentTests
{
    [SkippableFact]
    public void Late_content_is_painted_between_what_the_page_drew_before_and_after_it()
    {
        Some.RequireFonts();
        var written = TwoPages();

        using var pdf = written.Open();
        var objects = new PdfObjects(pdf);
        var contents = objects.Array(objects.Page(1), "Contents");
        contents.Count.ShouldBe(3);
        var streams = contents.Select(c => System.Text.Encoding.Latin1.GetString(PdfObjects.Data((StreamToken)objects.Resolve(c)))).ToList();
        streams[0].ShouldContain("/P <</MCID 0>> BDC");
        streams[1].ShouldContain("/Artifact <</Type /Pagination /Subtype /Footer>> BDC");
        streams[1].ShouldContain("/Link <</MCID 1>> BDC");
        streams[2].ShouldContain("/Artifact <</Type /Pagination /Subtype /Watermark>> BDC");
        pdf.GetPage(1).Text.ShouldBe("Contents2Page 1 of 2DRAFT");
    }

    [SkippableFact]
    public void A_reserved_mcid_sits_in_its_element_where_it_was_reserved_and_the_link_says_its_whole_text()
    {
        Some.RequireFonts();
        var written = TwoPages();

        using var pdf = written.Open();
        var objects = new PdfObjects(pdf);
        var link = objects.StructureTree().Single().Elements.Single(e => e.Type == "Link");
        link.Contents.ShouldBe([(1, 1)]);
        link.Annotations.Count.ShouldBe(1);
        var annotation = (DictionaryToken)objects.Array(objects.Page(1), "Annots").Single();
        objects.Text(annotation, "Contents").ShouldBe("Go to page 2");
        written.Result.Errors.ShouldBeEmpty();
        Tool.On(written, "qpdf", "--check", "{file}").Exit.ShouldBe(0);
    }

    [SkippableFact]
    public void A_page_without_late_content_keeps_one_content_stream()
    {
        Some.RequireFonts();
        var written = TwoPages();

        using var pdf = written.Open();
        var objects = new PdfObjects(pdf);
        objects.Get(objects.Page(2), "Contents").ShouldBeOfType<StreamToken>();
    }

    [SkippableFact]
    public void Late_content_never_drawn_is_refused_at_the_end()
    {
        Some.RequireFonts();
        using var stream = new MemoryStream();
        var writer = new PdfDocumentWriter(stream, Some.Info);
        var page = writer.BeginPage(PageSize.A4);
        page.Defer();
        writer.EndPage();

        Should.Throw<InvalidOperationException>(() => writer.Finish(new TagTree().Add(new TagGroup(Tag.Document))))
            .Message.ShouldBe("The late content of page 1 was never drawn; draw it with BeginLate and EndLate before Finish.");
    }

    [SkippableFact]
    public void Late_content_draws_tagged_content_only_under_a_reserved_id_and_each_once()
    {
        Some.RequireFonts();
        using var stream = new MemoryStream();
        var writer = new PdfDocumentWriter(stream, Some.Info);
        var page = writer.BeginPage(PageSize.A4);
        var reserved = page.ReserveTagged();
        var late = page.Defer();
        writer.EndPage();
        var canvas = writer.BeginLate(late);

        Should.Throw<InvalidOperationException>(() => canvas.StartTagged(TagKind.P));
        canvas.StartTagged(new ContentTag(TagKind.P), reserved);
        canvas.EndTagged();
        Should.Throw<InvalidOperationException>(() => canvas.StartTagged(new ContentTag(TagKind.P), reserved)).Message
            .ShouldBe("MCID 0 of page 1 was drawn already; each reserved id is drawn once.");
        Should.Throw<InvalidOperationException>(() => canvas.AddLink(new LinkAnnotation(new Rect(0, 0, 9, 9), new UriTarget("https://example.org"), "x")));
    }

    [SkippableFact]
    public void A_reserved_id_left_undrawn_is_refused_when_the_late_content_ends()
    {
        Some.RequireFonts();
        using var stream = new MemoryStream();
        var writer = new PdfDocumentWriter(stream, Some.Info);
        var page = writer.BeginPage(PageSize.A4);
        page.ReserveTagged();
        var late = page.Defer();
        writer.EndPage();
        writer.BeginLate(late);

        Should.Throw<InvalidOperationException>(writer.EndLate).Message
            .ShouldBe("The late content of page 1 drew 0 of the 1 tagged ids its page reserved; draw each with StartTagged(tag, id).");
    }

    [SkippableFact]
    public void Bulk_streams_take_the_bulk_level_from_the_page_the_options_name()
    {
        Some.RequireFonts();
        var text = string.Concat(Enumerable.Repeat("The quick brown fox jumps over the lazy dog. ", 40));
        var options = new PdfWriterOptions(ObjectStreams: true) { BulkDeflateLevel = 1, BulkDeflateFromPage = 2 };
        var written = Written.Of(2, (page, root) => TextTests.Paragraph(page, root, Shaper.Run(Some.Sans, text, 72, 100)), options);

        using var pdf = written.Open();
        var objects = new PdfObjects(pdf);
        var first = objects.Stream(objects.Page(1), "Contents").Data.ToArray();
        var second = objects.Stream(objects.Page(2), "Contents").Data.ToArray();
        PdfObjects.Data(objects.Stream(objects.Page(1), "Contents")).ShouldBe(PdfObjects.Data(objects.Stream(objects.Page(2), "Contents")));
        (first[0], first[1]).ShouldBe(((byte)0x78, (byte)0x9C));
        (second[0], second[1]).ShouldBe(((byte)0x78, (byte)0x01));
    }

    /// <summary>
    /// Page 1: a paragraph, a contents entry whose number ("2") and footer ("Page 1 of 2") are late, then a
    /// watermark; page 2: a paragraph and nothing late.
    /// </summary>
    private static Written TwoPages()
    {
        using var stream = new MemoryStream();
        var writer = new PdfDocumentWriter(stream, Some.Info);
        var root = new TagGroup(Tag.Document);
        var page = writer.BeginPage(PageSize.A4);
        TextTests.Paragraph(page, root, Shaper.Run(Some.Sans, "Contents", 72, 100));
        var link = root.Open(Tag.Link);
        var number = page.ReserveTagged();
        link.Add(number);
        link.Add(page.AddLateLink(new LinkAnnotation(new Rect(72, 120, 100, 14), new DestinationTarget("two"), "Go to page")));
        var late = page.Defer();
        page.StartArtifact(Artifact.Watermark);
        page.Draw(Shaper.Run(Some.Sans, "DRAFT", 72, 400));
        page.EndArtifact();
        writer.EndPage();

        var second = writer.BeginPage(PageSize.A4);
        second.AddDestination(new NamedDestination("two", new Point(72, 72)));
        TextTests.Paragraph(second, root, Shaper.Run(Some.Sans, "Second", 72, 100));
        writer.EndPage();

        var canvas = writer.BeginLate(late);
        canvas.StartTagged(new ContentTag(TagKind.Link), number);
        canvas.Draw(Shaper.Run(Some.Sans, "2", 300, 130));
        canvas.EndTagged();
        canvas.CompleteLink(new AnnotationId(0, 0), "Go to page 2");
        canvas.StartArtifact(Artifact.Footer);
        canvas.Draw(Shaper.Run(Some.Sans, $"Page 1 of {writer.PageCount}", 72, 800));
        canvas.EndArtifact();
        writer.EndLate();

        var result = writer.Finish(new TagTree().Add(root));
        return Written.From(stream.ToArray(), result);
    }
}
