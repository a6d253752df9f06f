using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Tests;

public class FontTests
{
    private const string DejaVuDirectory = "/usr/share/fonts/truetype/dejavu";

    /// <summary>The shipped fonts alone: a machine with Noto's hieroglyphs installed must not change what these tests see.</summary>
    private static readonly LayoutOptions ShippedOnly = new(PageSizeKind.A4, [], IgnoreSystemFonts: true);

    [Fact]
    public void A_character_no_font_can_draw_is_reported_with_its_text_code_point_and_origin()
    {
        var document = Some.Undecorated(
            Some.Paragraph("Fine text"),
            new Paragraph(Span.Plain("Hieroglyph 𓀀 here")) { Origin = "$.themes[2].summary[0]" },
            new Table([new TableColumn("A", 1)], [["ok"], ["also 𓀁"]]) { Origin = "$.tables[0]" });

        var missing = DocumentLayout.MissingGlyphs(document, ShippedOnly);

        missing.Count.ShouldBe(2);
        missing[0].CodePoint.ShouldBe(0x13000);
        missing[0].CodePointLabel.ShouldBe("U+13000");
        missing[0].Origin.ShouldBe("$.themes[2].summary[0]");
        missing[0].Text.ShouldContain("Hieroglyph");
        missing[1].CodePoint.ShouldBe(0x13001);
        missing[1].Origin.ShouldBe("$.tables[0]");
        missing[1].Where.ShouldBe("row 2, column 1");
    }

    [Fact]
    public void Laying_out_a_document_with_a_character_no_font_draws_is_a_programming_error_not_a_box()
    {
        var document = Some.Undecorated(new Paragraph(Span.Plain("Hieroglyph 𓀀 here")) { Origin = "$.themes[2].summary[0]" });

        var error = Should.Throw<InvalidOperationException>(() => LaidOut.Of(document, ShippedOnly));

        error.Message.ShouldContain("U+13000");
        error.Message.ShouldContain("MissingGlyphs");
    }

    [Fact]
    public void Chart_labels_that_only_two_fonts_together_can_draw_are_no_problem_and_lay_out()
    {
        var fonts = Directory.CreateTempSubdirectory("reports-mono-").FullName;
        File.Copy(Path.Combine(DejaVuDirectory, "DejaVuSansMono.ttf"), Path.Combine(fonts, "DejaVuSansMono.ttf"));
        var chart = Some.Chart() with { Categories = ["2019 \u2312", "2020", "2021 \u01C4", "2022", "2023"] };
        var document = Some.Undecorated(new ChartBlock(chart) { Origin = "$.charts[4]" });

        var missing = DocumentLayout.MissingGlyphs(document, new LayoutOptions(PageSizeKind.A4, [fonts]));

        missing.ShouldBeEmpty();
        LaidOut.Of(document, new LayoutOptions(PageSizeKind.A4, [fonts])).Pages[0].Boxes.OfType<Paging.PlacedChart>().ShouldHaveSingleItem();
    }

    [Fact]
    public void The_font_stack_tells_which_code_points_it_can_draw()
    {
        var stack = FontStack.Create([], ignoreSystemFonts: true);

        "Latin, Ελληνικά, Кириллица, العربية, עברית, भारत, ኢትዮጵያ, ไทย, ქართული, Հայաստան, 中国, 日本, 대한민국\n".EnumerateRunes().ShouldAllBe(r => stack.CanDraw(r.Value));
        stack.CanDraw(0x13000).ShouldBeFalse();
        stack.FamilyNames[0].ShouldBe("Noto Sans");
        stack.FamilyNames.ShouldContain("Noto Sans Arabic");
        stack.FamilyNames.ShouldNotContain("DejaVu Sans");
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
        using var pdf = rendered.Open();
        var fonts = EmbeddedFonts.Of(pdf).Select(f => f.Name[(f.Name.IndexOf('+') + 1)..]).ToList();
        fonts.ShouldContain("DejaVuSerif");
        fonts.ShouldContain("DejaVuSans");
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
        using var pdf = rendered.Open();
        var fonts = EmbeddedFonts.Of(pdf);
        fonts.Sum(f => f.ProgramBytes).ShouldBeLessThan(60_000);
        fonts.ShouldAllBe(f => f.Embedded && f.Name.Length > 7 && f.Name[6] == '+');
        // One font per face in the whole file: the chart draws with the faces the text does, never copies of its own.
        // (Its ticks take Noto Sans Devanagari, the first shipped family with all of 0-9 and the minus sign U+2212.)
        fonts.Select(f => f.Name[7..]).Order().ShouldBe(["NotoSans-Bold", "NotoSans-Regular", "NotoSansDevanagari-Regular"]);
        fonts.ShouldNotContain(f => f.Name.Contains("DejaVuSerif"));
    }

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
