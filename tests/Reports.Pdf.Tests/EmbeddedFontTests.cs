using Reports.Layout;
using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Pdf.Tests;

/// <summary>The fonts the PDF embeds: subsets, one per face, the text in them extractable, a --fonts family first.</summary>
public class EmbeddedFontTests
{
    private const string DejaVuDirectory = "/usr/share/fonts/truetype/dejavu";

    [Fact]
    public void Greek_and_Cyrillic_are_drawn_and_extractable()
    {
        using var pdf = Rendered.Of(Some.Undecorated(Some.Paragraph("Καλημέρα κόσμε and Привет мир"))).Open();

        var words = pdf.GetPage(1).GetWords().Select(w => w.Text).ToList();
        words.ShouldContain("Καλημέρα");
        words.ShouldContain("Привет");
    }

    [Fact]
    public void Extra_font_directories_come_first_and_fall_back_per_character()
    {
        using var directory = new TemporaryDirectory();
        File.Copy(Path.Combine(DejaVuDirectory, "DejaVuSerif.ttf"), Path.Combine(directory.Path, "DejaVuSerif.ttf"));
        var stack = FontStack.Create([directory.Path]);
        var onlyInSans = OnlyInSecondFamily(stack);
        var options = new LayoutOptions(PageSizeKind.A4, [directory.Path]);

        var rendered = Rendered.Of(Some.Undecorated(Some.Paragraph($"Serif text with {char.ConvertFromUtf32(onlyInSans)} inside")), options);

        stack.FamilyNames[0].ShouldBe("DejaVu Serif");
        using var pdf = rendered.Open();
        var fonts = EmbeddedFonts.Of(pdf).Select(f => f.Name[(f.Name.IndexOf('+') + 1)..]).ToList();
        fonts.ShouldContain("DejaVuSerif");
        fonts.ShouldContain("DejaVuSans");
        pdf.GetPage(1).Text.ShouldContain(char.ConvertFromUtf32(onlyInSans));
    }

    [Fact]
    public void Embedded_fonts_are_subsets_and_charts_share_them()
    {
        var document = Some.Document(Some.Heading(1, "Trade"), Some.Paragraph(Some.Words(300)), new ChartBlock(Some.Chart()));

        var rendered = Rendered.Of(document);

        rendered.Bytes.Length.ShouldBeLessThan(60_000);
        using var pdf = rendered.Open();
        var fonts = EmbeddedFonts.Of(pdf);
        fonts.Sum(f => f.ProgramBytes).ShouldBeLessThan(60_000);
        fonts.ShouldAllBe(f => f.Embedded && f.Name.Length > 7 && f.Name[6] == '+');
        // One font per face in the whole file: the chart draws with the faces the text does, never copies of its own.
        // (Its ticks are all positive: Noto Sans draws them; see ChartPainterTests for negative ones.)
        fonts.Select(f => f.Name[7..]).Order().ShouldBe(["NotoSans-Bold", "NotoSans-Regular"]);
        fonts.ShouldNotContain(f => f.Name.Contains("DejaVuSerif"));
    }

    /// <summary>A code point the first family (DejaVu Serif) lacks but DejaVu Sans has.</summary>
    private static int OnlyInSecondFamily(FontStack stack) =>
        Enumerable.Range(0x2190, 0x2000).First(cp => stack.FamilyCoveringAll(char.ConvertFromUtf32(cp)) is > 0 and var family
            && stack.FamilyNames[family] == "DejaVu Sans");

    private sealed class TemporaryDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("reports-fonts-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
