using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Tagging;
using UglyToad.PdfPig.Tokens;

namespace Reports.PdfWriter.Tests;

/// <summary>Raster images (logos): a PNG decoded at its own resolution with its alpha as a soft mask, a JPEG passed through.</summary>
public sealed class ImageTests
{
    /// <summary>2 × 1 pixels: opaque red, then half-transparent blue.</summary>
    static readonly byte[] RedAndHalfBlue = Pngs.Make(2, 1, 6, [255, 0, 0, 255, 0, 0, 255, 128]);

    static Written OnePage(RasterImage image, Rect target, int pages = 1) => Written.Of(pages, (page, root) =>
    {
        var figure = new TagGroup(Tag.Figure("Logo of the office"));
        figure.Add(page.StartTagged(TagKind.Figure));
        page.Place(new PlacedImage(image, target));
        page.EndTagged();
        root.Add(figure);
    });

    [Fact]
    public void A_PNG_is_an_image_at_its_own_resolution_placed_in_its_rectangle_with_its_samples()
    {
        var written = OnePage(RasterImage.FromBytes(RedAndHalfBlue), new Rect(100, 50, 60, 30));

        using var pdf = written.Open();
        var image = pdf.GetPage(1).GetImages().Single();
        (image.WidthInSamples, image.HeightInSamples, image.BitsPerComponent).ShouldBe((2, 1, 8));
        (image.BoundingBox.Left, image.BoundingBox.Width, image.BoundingBox.Height).ShouldBe((100, 60, 30));
        image.BoundingBox.Top.ShouldBe(841.89 - 50, 0.001); // A4 is 841.89 points high; PDF space is bottom-up
        image.TryGetBytesAsMemory(out var samples).ShouldBeTrue();
        samples.ToArray().ShouldBe([255, 0, 0, 0, 0, 255]);
    }

    [Fact]
    public void A_PNG_with_transparency_carries_its_alpha_as_a_soft_mask()
    {
        var written = OnePage(RasterImage.FromBytes(RedAndHalfBlue), new Rect(100, 50, 60, 30));

        var text = System.Text.Encoding.Latin1.GetString(written.Bytes);
        text.ShouldContain("/SMask ");
        text.ShouldContain("/Type /XObject /Subtype /Image /Width 2 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8");
        using var pdf = written.Open();
        var objects = new PdfObjects(pdf);
        var xobjects = objects.Dictionary(objects.Dictionary(objects.Page(1), "Resources"), "XObject");
        var image = (StreamToken)objects.Resolve(xobjects.Data.Values.Single());
        PdfObjects.Data(objects.Stream(image.StreamDictionary, "SMask")).ShouldBe([255, 128]);
    }

    [Fact]
    public void An_opaque_PNG_has_no_soft_mask()
    {
        var written = OnePage(RasterImage.FromBytes(Pngs.Make(1, 1, 2, [10, 20, 30])), new Rect(0, 0, 10, 10));

        System.Text.Encoding.Latin1.GetString(written.Bytes).ShouldNotContain("/SMask");
    }

    [Fact]
    public void A_JPEG_is_passed_through_as_DCTDecode_byte_for_byte()
    {
        var jpeg = File.ReadAllBytes(Repository.Path("tests", "Reports.PdfWriter.Tests", "Data", "gradient-16x8.jpg"));

        var written = OnePage(RasterImage.FromBytes(jpeg), new Rect(56, 56, 160, 80));

        using var pdf = written.Open();
        var image = pdf.GetPage(1).GetImages().Single();
        (image.WidthInSamples, image.HeightInSamples).ShouldBe((16, 8));
        image.RawBytes.ToArray().ShouldBe(jpeg);
        System.Text.Encoding.Latin1.GetString(written.Bytes).ShouldContain("/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode");
    }

    [Fact]
    public void The_same_image_on_every_page_is_written_once()
    {
        var written = OnePage(RasterImage.FromBytes(RedAndHalfBlue), new Rect(500, 20, 32, 16), pages: 3);

        var text = System.Text.Encoding.Latin1.GetString(written.Bytes);
        CountOf(text, "/Subtype /Image /Width 2 /Height 1 /ColorSpace /DeviceRGB").ShouldBe(1);
        using var pdf = written.Open();
        pdf.GetPages().Select(p => p.GetImages().Count()).ShouldBe([1, 1, 1]);
    }

    [Fact]
    public void An_interlaced_PNG_is_refused_with_what_to_do()
    {
        var interlaced = Pngs.Make(1, 1, 2, [1, 2, 3], interlace: 1);

        var error = Should.Throw<ArgumentException>(() => OnePage(RasterImage.FromBytes(interlaced), new Rect(0, 0, 10, 10)));

        error.Message.ShouldBe("The PNG is interlaced; save it without interlacing (Adam7 is not read).");
    }

    static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
