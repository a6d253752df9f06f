using System.Text.Json;

namespace Reports.Cli.Tests;

/// <summary>
/// The manifest names every font file the PDF embeds, so a reader of the manifest knows what the brief is set
/// in: the seed's chart ticks are drawn in Noto Sans Devanagari (the shipped Noto Sans has no U+2212 minus),
/// a face no page text uses (pdffonts lists the same five).
/// </summary>
public sealed class ManifestFontsTests
{
    [Fact]
    public void The_manifest_lists_every_font_the_pdf_embeds_charts_included()
    {
        using var run = CliRun.WithSeed();

        run.Run("--format", "pdf").ShouldBe(ExitCodes.Success, run.Error);

        using var manifest = JsonDocument.Parse(run.Bytes("output/manifest.json"));
        var pdfOutput = manifest.RootElement.GetProperty("datasets")[0].GetProperty("outputs")[0];
        var listed = pdfOutput.GetProperty("fonts").EnumerateArray().Select(f => f.GetProperty("file").GetString()).ToList();
        listed.ShouldBe([
            "fonts/NotoSans-Bold.ttf",
            "fonts/NotoSans-Italic.ttf",
            "fonts/NotoSans-Regular.ttf",
            "fonts/NotoSansCJKsc-Subset.ttf",
            "fonts/NotoSansDevanagari-Regular.ttf",
        ]);
    }
}
