using Reports.Domain.Branding;
using UglyToad.PdfPig.Core;

namespace Reports.Brief.Tests;

/// <summary>
/// A brand's heading font is used as given: its family at the weight the brand names, whatever files the family
/// has (regular files only, a weight of 400 or 600), read back from the fonts of the section headings' letters.
/// </summary>
public sealed class BrandHeadingFontTests
{
    [Theory]
    [InlineData("normal", "NotoSans-Italic", TextRenderingMode.Fill)]
    [InlineData("400", "NotoSans-Italic", TextRenderingMode.Fill)]
    [InlineData("600", "NotoSans-BoldItalic", TextRenderingMode.Fill)]
    [InlineData("bold", "NotoSans-BoldItalic", TextRenderingMode.Fill)]
    public void A_headings_family_of_its_own_is_used_at_the_weight_given(string weight, string font, TextRenderingMode mode)
    {
        var brand = Brand(
            """
              - family: Brand Heading
                source: file
                files:
                  - { path: NotoSans-Italic.ttf, weight: 400 }
                  - { path: NotoSans-BoldItalic.ttf, weight: 700 }
            """,
            "Brand Heading", weight);

        var heading = Heading(brand);

        heading.Select(l => Face(l)).Distinct().ShouldBe([font]);
        heading.Select(l => l.RenderingMode).Distinct().ShouldBe([mode]);
    }

    [Theory]
    [InlineData("normal")]
    [InlineData("bold")]
    public void A_headings_family_of_regular_files_only_is_used_as_given(string weight)
    {
        var brand = Brand(
            """
              - family: Brand Heading
                source: file
                files: [NotoSans-Italic.ttf]
            """,
            "Brand Heading", weight);

        var heading = Heading(brand);

        heading.Select(l => Face(l)).Distinct().ShouldBe(["NotoSans-Italic"]);
    }

    [Theory]
    [InlineData("normal", TextRenderingMode.Fill)]
    [InlineData("bold", TextRenderingMode.FillThenStroke)]
    public void A_base_family_of_regular_files_only_sets_the_headings_in_its_regular_face_emboldened_when_bold(string weight, TextRenderingMode mode)
    {
        var brand = Brand(
            """
              - family: Brand Sans
                source: file
                files: [NotoSans-Italic.ttf]
            """,
            "Brand Sans", weight, baseFamily: "Brand Sans");

        var heading = Heading(brand);

        heading.Select(l => Face(l)).Distinct().ShouldBe(["NotoSans-Italic"]);
        heading.Select(l => l.RenderingMode).Distinct().ShouldBe([mode]);
    }

    [Fact]
    public void Body_text_stays_in_the_base_family_when_headings_have_their_own()
    {
        var brand = Brand(
            """
              - family: Brand Heading
                source: file
                files: [NotoSans-Italic.ttf]
            """,
            "Brand Heading", "normal");
        using var pdf = Briefs.Open(Briefs.Render(Briefs.Seed, Briefs.Options with { Brand = brand }));

        var body = pdf.GetPage(2).GetWords().First(w => w.Text == "meeting");

        body.Letters.Select(l => Face(l)).Distinct().ShouldBe(["DejaVuSerif"]);
    }

    [Fact]
    public void Bold_body_text_stays_in_the_base_family_s_bold_when_headings_have_their_own_family()
    {
        var brand = Brand(
            """
              - family: Brand Heading
                source: file
                files:
                  - { path: NotoSans-Italic.ttf, weight: 400 }
                  - { path: NotoSans-BoldItalic.ttf, weight: 700 }
            """,
            "Brand Heading", "bold");
        using var pdf = Briefs.Open(Briefs.Render(Briefs.Seed, Briefs.Options with { Brand = brand }));
        var words = pdf.GetPage(2).GetWords().ToList();

        var value = words.First(w => w.Text == "245" && w.Letters[0].PointSize > 12);
        var heading = words.First(w => w.Text == "Executive");

        value.Letters.Select(l => Face(l)).Distinct().ShouldBe(["DejaVuSerif-Bold"], "a card's value is bold body text");
        value.Letters.Select(l => l.RenderingMode).Distinct().ShouldBe([TextRenderingMode.Fill]);
        heading.Letters.Select(l => Face(l)).Distinct().ShouldBe(["NotoSans-BoldItalic"]);
    }

    /// <summary>A brand with DejaVu Serif for body text and the given heading fonts (copied beside it from the shipped ones).</summary>
    static Brand Brand(string headingFonts, string headingFamily, string weight, string baseFamily = "DejaVu Serif")
    {
        var folder = Directory.CreateTempSubdirectory("reports-brand-").FullName;
        foreach (var file in new[] { "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf" })
            File.Copy(Repository.Path("fonts", file), Path.Combine(folder, file));
        foreach (var file in new[] { "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf" })
            File.Copy(Repository.Path("examples", "ministry", "fonts", file), Path.Combine(folder, file));
        headingFonts = string.Join('\n', headingFonts.Split('\n').Select(line => "  " + line));
        var yaml = $$"""
            meta:
              name: Heading Office
            typography:
              fonts:
                - family: DejaVu Serif
                  source: file
                  files:
                    - { path: DejaVuSerif.ttf, weight: 400 }
                    - { path: DejaVuSerif-Bold.ttf, weight: 700 }
            {{headingFonts}}
              base: {{baseFamily}}
              headings:
                family: {{headingFamily}}
                weight: {{weight}}
            """;
        File.WriteAllText(Path.Combine(folder, "_brand.yml"), yaml);
        var loaded = BrandLoader.Load(Path.Combine(folder, "_brand.yml"), "_brand.yml");
        return loaded.Brand ?? throw new InvalidOperationException(string.Join("\n", loaded.Errors));
    }

    /// <summary>The letters of the "Executive summary" heading.</summary>
    static List<UglyToad.PdfPig.Content.Letter> Heading(Brand brand)
    {
        using var pdf = Briefs.Open(Briefs.Render(Briefs.Seed, Briefs.Options with { Brand = brand }));
        var words = pdf.GetPage(2).GetWords().ToList();
        var executive = words.First(w => w.Text == "Executive");
        return [.. executive.Letters, .. words.First(w => w.Text == "summary" && Math.Abs(w.BoundingBox.Bottom - executive.BoundingBox.Bottom) < 0.5).Letters];
    }

    static string Face(UglyToad.PdfPig.Content.Letter letter) => letter.FontName![(letter.FontName!.IndexOf('+') + 1)..];
}
