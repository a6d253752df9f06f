using UglyToad.PdfPig;

namespace Reports.Cli.Tests;

/// <summary>The real writers through the CLI: what a user running the README command gets.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public void The_README_command_writes_a_pdf_brief_and_a_workbook_per_dataset()
    {
        using var run = CliRun.WithSeed();

        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        run.Out.ShouldContain("output/russia-china-summit-2025.pdf (");
        run.Out.ShouldContain("output/russia-china-summit-2025.xlsx (24 rows");
        using var pdf = PdfDocument.Open(run.PathOf("output/russia-china-summit-2025.pdf"));
        pdf.NumberOfPages.ShouldBeGreaterThan(5);
        run.Bytes("output/russia-china-summit-2025.xlsx")[..2].ShouldBe("PK"u8.ToArray());
    }

    [Fact]
    public void Every_summit_of_the_varied_corpus_validates_and_generates()
    {
        using var run = new CliRun();
        var corpus = Repository.Path("tests", "Corpus", "varied");

        run.Run("validate", corpus).ShouldBe(ExitCodes.Success, run.Error);
        run.Run("generate", corpus, "--out", run.PathOf("out")).ShouldBe(ExitCodes.Success, run.Error);

        var names = Directory.GetFiles(corpus, "*.json").Select(Path.GetFileNameWithoutExtension).ToList();
        names.Count.ShouldBeGreaterThanOrEqualTo(5);
        foreach (var name in names)
        {
            using var pdf = PdfDocument.Open(run.PathOf($"out/{name}.pdf"));
            pdf.NumberOfPages.ShouldBeGreaterThanOrEqualTo(4, name);
            File.Exists(run.PathOf($"out/{name}.xlsx")).ShouldBeTrue(name);
        }
    }

    [Fact]
    public void Format_selects_what_is_written()
    {
        using var run = CliRun.WithSeed();

        run.Run("--format", "xlsx").ShouldBe(ExitCodes.Success, run.Error);

        File.Exists(run.PathOf("output/russia-china-summit-2025.xlsx")).ShouldBeTrue();
        File.Exists(run.PathOf("output/russia-china-summit-2025.pdf")).ShouldBeFalse();
    }

    [Fact]
    public void Text_no_font_can_draw_fails_with_its_json_path_and_writes_nothing()
    {
        using var run = CliRun.WithSeed();
        var seed = run.PathOf("input/russia-china-summit-2025.json");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("\"title\": \"Energy\"", "\"title\": \"Energy 𓀀\""));

        run.Run("--ignore-system-fonts").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("input/russia-china-summit-2025.json:174:16: $.themes[4].title: U+13000 '𓀀' (Egyptian Hieroglyphs) in \"Energy 𓀀\" cannot be drawn: no font has it");
        run.Error.ShouldContain("Debian package fonts-noto-core (Noto Sans Egyptian Hieroglyphs)");
        Directory.GetFiles(run.PathOf("output")).Select(Path.GetFileName).ShouldNotContain(n => n!.EndsWith(".pdf") || n.EndsWith(".xlsx"));
    }

    [Fact]
    public void Validate_runs_the_checks_of_every_format_so_it_agrees_with_generate()
    {
        using var run = CliRun.WithSeed();
        var seed = run.PathOf("input/russia-china-summit-2025.json");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("\"title\": \"Energy\"", "\"title\": \"Energy 🌍\""));

        run.Run("validate", "input", "--ignore-system-fonts").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("input/russia-china-summit-2025.json:174:16: $.themes[4].title: U+1F30D '🌍' (Common (symbols and punctuation)) in \"Energy 🌍\" cannot be drawn");
        Directory.Exists(run.PathOf("output")).ShouldBeFalse();
    }

    [Fact]
    public void Page_size_letter_gives_letter_pages()
    {
        using var run = CliRun.WithSeed();

        run.Run("--page-size", "Letter", "--format", "pdf").ShouldBe(ExitCodes.Success, run.Error);

        using var pdf = PdfDocument.Open(run.PathOf("output/russia-china-summit-2025.pdf"));
        pdf.GetPage(1).Width.ShouldBe(612, tolerance: 0.5);
        pdf.GetPage(1).Height.ShouldBe(792, tolerance: 0.5);
    }

    [Theory]
    [InlineData("none", false)]
    [InlineData("full", true)]
    public void Appendix_option_controls_the_indicator_appendix(string mode, bool present)
    {
        using var run = CliRun.WithSeed();

        run.Run("--appendix", mode, "--format", "pdf").ShouldBe(ExitCodes.Success, run.Error);

        using var pdf = PdfDocument.Open(run.PathOf("output/russia-china-summit-2025.pdf"));
        pdf.GetPages().Any(p => p.Text.Contains("Appendix: all indicators", StringComparison.Ordinal)).ShouldBe(present);
    }

    [Fact]
    public void Fonts_adds_a_font_folder_that_is_tried_first()
    {
        using var run = CliRun.WithSeed();
        var fonts = Directory.CreateDirectory(run.PathOf("corporate-fonts")).FullName;
        File.Copy("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", Path.Combine(fonts, "DejaVuSerif.ttf"));

        run.Run("--fonts", "corporate-fonts", "--format", "pdf").ShouldBe(ExitCodes.Success, run.Error);

        using var pdf = PdfDocument.Open(run.PathOf("output/russia-china-summit-2025.pdf"));
        pdf.GetPage(2).Letters.Select(l => l.FontName).Distinct().ShouldContain(f => f != null && f.Contains("DejaVuSerif", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_checks_text_against_the_fonts_generate_would_use()
    {
        using var run = CliRun.WithSeed();
        var seed = run.PathOf("input/russia-china-summit-2025.json");
        // U+21A6 (an arrow from a bar) is in DejaVu Sans Mono but in no shipped font.
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("\"title\": \"Energy\"", "\"title\": \"Energy \u21A6\""));
        var fonts = Directory.CreateDirectory(run.PathOf("fonts")).FullName;
        File.Copy("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", Path.Combine(fonts, "DejaVuSansMono.ttf"));

        run.Run("validate", "input", "--ignore-system-fonts").ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("U+21A6");
        run.Run("validate", "input", "--fonts", "fonts", "--ignore-system-fonts").ShouldBe(ExitCodes.Success, run.Error);
        run.Run("generate", "--fonts", "fonts", "--ignore-system-fonts", "--format", "pdf").ShouldBe(ExitCodes.Success, run.Error);
    }

    [Fact]
    public void Fonts_naming_no_folder_is_a_usage_error()
    {
        using var run = CliRun.WithSeed();

        run.Run("--fonts", "no-such-fonts").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("--fonts \"no-such-fonts\" is not a folder");
    }

    [Fact]
    public void The_language_is_the_one_asked_for_else_the_dataset_s()
    {
        using var run = CliRun.WithSeed();
        var seed = run.PathOf("input/russia-china-summit-2025.json");

        run.Run("--language", "ru", "--format", "pdf").ShouldBe(ExitCodes.Success, run.Error);
        using (var russian = PdfDocument.Open(run.PathOf("output/russia-china-summit-2025.pdf")))
            string.Join(" ", russian.GetPage(2).GetWords().Select(w => w.Text)).ShouldContain("Краткое содержание");

        File.WriteAllText(seed, File.ReadAllText(seed).Replace("\"language\": \"en\"", "\"language\": \"fr\""));
        run.Run("--format", "pdf").ShouldBe(ExitCodes.Success, run.Error);
        using var french = PdfDocument.Open(run.PathOf("output/russia-china-summit-2025.pdf"));
        string.Join(" ", french.GetPage(2).GetWords().Select(w => w.Text)).ShouldContain("Synthèse");
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error_that_lists_the_languages()
    {
        using var run = CliRun.WithSeed();

        run.Run("--language", "xx").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("ru");
        run.Error.ShouldContain("zh");
    }
}
