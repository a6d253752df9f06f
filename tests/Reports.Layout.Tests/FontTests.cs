using System.Text;
using Reports.Layout.Model;
using Reports.Layout.Text;

namespace Reports.Layout.Tests;

public class FontTests
{
    private const string DejaVuDirectory = "/usr/share/fonts/truetype/dejavu";

    [Fact]
    public void A_character_no_font_can_draw_is_reported_with_its_text_code_point_and_origin()
    {
        var document = Some.Undecorated(
            Some.Paragraph("Fine text"),
            new Paragraph(Span.Plain("Hieroglyph 𓀀 here")) { Origin = "$.themes[2].summary[0]" },
            new Table([new TableColumn("A", 1)], [["ok"], ["also 𓀁"]]) { Origin = "$.tables[0]" });

        var error = Should.Throw<MissingGlyphsException>(() => LaidOut.Of(document));

        error.Missing.Count.ShouldBe(2);
        error.Missing[0].CodePoint.ShouldBe(0x13000);
        error.Missing[0].CodePointLabel.ShouldBe("U+13000");
        error.Missing[0].Origin.ShouldBe("$.themes[2].summary[0]");
        error.Missing[0].Text.ShouldContain("Hieroglyph");
        error.Missing[1].Where.ShouldBe("row 2, column 1");
        error.Message.ShouldContain("U+13000");
        error.Message.ShouldContain("$.tables[0]");
    }

    [Fact]
    public void The_font_stack_lists_the_code_points_it_cannot_draw()
    {
        var stack = FontStack.Create([]);

        stack.MissingCodePoints("Latin, Ελληνικά, Кириллица\n").ShouldBeEmpty();
        stack.MissingCodePoints("a𓀀b𓀀c").ShouldBe([0x13000]);
        stack.FamilyNames.ShouldContain("DejaVu Sans");
    }

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
        var text = Encoding.Latin1.GetString(rendered.Bytes);
        text.ShouldContain("DejaVuSerif");
        text.ShouldContain("DejaVuSans");
        using var pdf = rendered.Open();
        pdf.GetPage(1).Text.ShouldContain(char.ConvertFromUtf32(onlyInSans));
    }

    [Fact]
    public void A_missing_font_directory_is_reported()
    {
        Should.Throw<DirectoryNotFoundException>(() => FontStack.Create(["/no/such/fonts"])).Message.ShouldContain("/no/such/fonts");
    }

    [Fact]
    public void Embedded_fonts_are_subsets_and_charts_share_them()
    {
        var document = Some.Document(Some.Heading(1, "Trade"), Some.Paragraph(Some.Words(300)), new ChartBlock(Some.Chart()));

        var rendered = Rendered.Of(document);

        rendered.Bytes.Length.ShouldBeLessThan(60_000);
        rendered.Layout.EmbeddedFontBytes.ShouldBeLessThan(60_000);
        var text = Encoding.Latin1.GetString(rendered.Bytes);
        CountOf(text, "/FontFile2").ShouldBe(rendered.Layout.Fonts.Count);
        text.ShouldNotContain("DejaVuSerif");
    }

    private static int CountOf(string text, string value) => text.Split(value).Length - 1;

    /// <summary>A code point the first family (DejaVu Serif) lacks but DejaVu Sans has.</summary>
    private static int OnlyInSecondFamily(FontStack stack) =>
        Enumerable.Range(0x2190, 0x2000).First(cp => stack.Resolve(cp, FontVariant.Regular) is { Family: > 0 } face
            && stack.FamilyNames[face.Family] == "DejaVu Sans");

    private sealed class TemporaryDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("reports-fonts-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
