using System.Text.Json;

namespace Reports.Cli.Tests;

/// <summary>
/// The manifest names every font file the PDF embeds, so a reader of the manifest knows what the brief is set
/// in: the list is the writer's own, charts' faces included (pdffonts lists the same four for the seed, whose
/// ticks are all positive and so in Noto Sans; a negative tick's U+2212 would add Noto Sans Devanagari).
/// </summary>
public sealed class ManifestFontsTests
{
    [Fact]
    public void The_manifest_lists_every_font_the_pdf_embeds()
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
        ]);
    }
}
