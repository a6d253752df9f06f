namespace Reports.Cli.Tests;

/// <summary>
/// `validate` and `generate` agree on whether a dataset's text can be drawn: one check, on the composed
/// brief, gives located problems (file:line:column, JSON path, the character, the fix), and a data
/// problem is exit 2 in both commands, never an internal error.
/// </summary>
public sealed class DrawableTextTests
{
    const string Dataset = "input/two-fonts.json";

    /// <summary>The seed with a chart category that DejaVu Sans Mono (U+2312) and another font (U+01C4) can only draw together.</summary>
    static CliRun WithTwoFontCategory()
    {
        var run = CliRun.WithSeed();
        var seed = run.PathOf("input/russia-china-summit-2025.json");
        File.WriteAllText(run.PathOf(Dataset), File.ReadAllText(seed).Replace("\"Trade volume, 2024\"", "\"Trade \u2312\u01C4 volume, 2024\"", StringComparison.Ordinal));
        File.Delete(seed);
        var fonts = Directory.CreateDirectory(run.PathOf("fonts")).FullName;
        File.Copy(SystemFont("DejaVuSansMono.ttf"), Path.Combine(fonts, "DejaVuSansMono.ttf"));
        return run;
    }

    [Fact]
    public void A_chart_label_only_two_fonts_can_draw_together_passes_validate_and_generate_draws_it_with_both()
    {
        using var run = WithTwoFontCategory();

        run.Run("validate", Dataset, "--fonts", "fonts").ShouldBe(ExitCodes.Success, run.Error);
        run.Run("generate", Dataset, "--fonts", "fonts", "--format", "pdf").ShouldBe(ExitCodes.Success, run.Error);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(run.Bytes("output/two-fonts.pdf"));
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        var arc = letters.Where(l => l.Value == "\u2312").ShouldHaveSingleItem();
        var dz = letters.Where(l => l.Value == "\u01C4").ShouldHaveSingleItem();
        arc.FontName.ShouldEndWith("+DejaVuSansMono");
        dz.FontName.ShouldNotEndWith("+DejaVuSansMono");
        dz.StartBaseLine.Y.ShouldBe(arc.StartBaseLine.Y, 0.01);
    }

    [Fact]
    public void A_character_no_font_has_is_located_by_line_and_column_in_both_commands()
    {
        using var run = CliRun.WithSeed();
        var seed = run.PathOf("input/russia-china-summit-2025.json");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("\"place\": \"Moscow, Russia\"", "\"place\": \"Moscow \uE000, Russia\"", StringComparison.Ordinal));

        foreach (var command in new[] { "validate", "generate" })
        {
            run.Run(command, "input").ShouldBe(ExitCodes.InvalidInput, run.Error);

            run.Error.Split('\n').ShouldContain(l => l.StartsWith("input/russia-china-summit-2025.json:11:14: $.event.place: U+E000 ", StringComparison.Ordinal), run.Error);
            run.Error.ShouldNotContain("internal error");
        }
    }

    static string SystemFont(string file) =>
        Directory.EnumerateFiles("/usr/share/fonts", file, SearchOption.AllDirectories).FirstOrDefault()
        ?? throw new InvalidOperationException($"{file} is not installed; install the Debian package fonts-dejavu-core.");
}
