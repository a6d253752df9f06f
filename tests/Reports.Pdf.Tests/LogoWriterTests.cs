using Reports.Layout.Model;
using Reports.PdfWriter;
using Reports.PdfWriter.Document;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Tagging;
using UglyToad.PdfPig;

namespace Reports.Pdf.Tests;

/// <summary>
/// The example brands' logos through our PDF writer, as the brief's writer will place them: the SVG crest as
/// vector paths in a form, the PNG at its own resolution; both in a Figure with the logo's alt text.
/// </summary>
public sealed class LogoWriterTests
{
    static byte[] OnePage(LogoImage logo, Layout.Paging.Rect bounds)
    {
        using var stream = new MemoryStream();
        var writer = new PdfDocumentWriter(stream, new DocumentInfo("Logo", "en-GB", Some.Date));
        var root = new TagGroup(Tag.Document);
        var page = writer.BeginPage(PageSize.A4);
        var figure = root.Open(Tag.Figure(logo.Alt, new PdfWriter.Geometry.Rect(bounds.X, bounds.Y, bounds.Width, bounds.Height)));
        figure.Add(page.StartTagged(TagKind.Figure));
        LogoContent.Draw(page, new Layout.Paging.PlacedImage(bounds, logo));
        page.EndTagged();
        writer.EndPage();
        writer.Finish(new TagTree().Add(root));
        return stream.ToArray();
    }

    static string Hex(UglyToad.PdfPig.Graphics.Colors.IColor? color)
    {
        var (r, g, b) = color!.ToRGBValues();
        return $"#{(int)Math.Round(r * 255):X2}{(int)Math.Round(g * 255):X2}{(int)Math.Round(b * 255):X2}";
    }

    [Fact]
    public void The_SVG_crest_is_written_as_vector_paths_in_its_colours_scaled_into_its_box()
    {
        var crest = new LogoImage(Repository.Path("examples", "ministry", "logos", "crest.svg"), ImageKind.Svg, 240.0 / 64, "Ministry of Example Affairs crest");

        using var pdf = PdfDocument.Open(OnePage(crest, new Layout.Paging.Rect(56, 68, 210, 56)));
        var page = pdf.GetPage(1);

        page.GetImages().ShouldBeEmpty();
        var fills = page.Paths.Where(p => p.IsFilled).ToList();
        fills.Count.ShouldBe(9);
        fills.Select(p => Hex(p.FillColor)).Distinct().Order().ShouldBe(["#1B4D3E", "#B08D2E"]);
        var box = fills.Select(p => p.GetBoundingRectangle()!.Value).ToList();
        box.Min(b => b.Left).ShouldBe(56 + (2 * 210.0 / 240), 0.05);
        box.Max(b => b.Top).ShouldBe(841.89 - 68 - (4 * 56.0 / 64), 0.05);
    }

    [Fact]
    public void The_PNG_logo_is_written_as_an_image_at_its_own_resolution()
    {
        var mark = new LogoImage(Repository.Path("examples", "press-office", "logos", "press-office.png"), ImageKind.Png, 3, "Example Press Office");

        using var pdf = PdfDocument.Open(OnePage(mark, new Layout.Paging.Rect(56, 68, 168, 56)));
        var image = pdf.GetPage(1).GetImages().Single();

        (image.WidthInSamples, image.HeightInSamples).ShouldBe((384, 128));
        (image.BoundingBox.Width, image.BoundingBox.Height).ShouldBe((168, 56));
    }

    [Fact]
    public void Lettering_in_an_SVG_logo_is_refused_at_its_line_with_what_to_do()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reports-logo-{Guid.NewGuid():N}.svg");
        File.WriteAllText(path, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"20\">\n  <text x=\"0\" y=\"15\">Office</text>\n</svg>");
        try
        {
            var error = Should.Throw<Exception>(() => LogoContent.Vector(new LogoImage(path, ImageKind.Svg, 5, "Office")));
            error.Message.ShouldBe("line 2, column 4: a logo has text (\"Office\"); convert its lettering to outlines (paths) in the design tool");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
