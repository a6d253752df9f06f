using Reports.Hardening.Tests.Support;
using SkiaSharp;

namespace Reports.Hardening.Tests;

/// <summary>The checks the corpus relies on find what they claim to find.</summary>
public sealed class ReportFilesTests
{
    static readonly string? DejaVu = new[] { "/usr/share/fonts", "/usr/local/share/fonts" }
        .Where(Directory.Exists)
        .SelectMany(d => Directory.EnumerateFiles(d, "DejaVuSans.ttf", SearchOption.AllDirectories))
        .FirstOrDefault();

    /// <summary>A PDF drawn by Skia (as the brief is) with a character DejaVu lacks shows glyph 0.</summary>
    [SkippableFact]
    public void The_box_detector_finds_a_notdef_glyph_and_nothing_in_clean_text()
    {
        Prerequisite.Require(DejaVu is not null, "DejaVu Sans (fonts-dejavu-core)");

        var boxed = Draw("A \U00013000 B"); // an Egyptian hieroglyph: DejaVu has some emoji (U+1F600…) but no hieroglyphs
        var clean = Draw("A plain line");

        ReportFiles.FontKinds(boxed).ShouldBeSubsetOf(["Type0", "CIDFontType2"]);
        ReportFiles.NotdefGlyphs(boxed).ShouldNotBeEmpty();
        ReportFiles.NotdefGlyphs(clean).ShouldBeEmpty();
    }

    static byte[] Draw(string text)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            var canvas = document.BeginPage(300, 100);
            using var typeface = SKTypeface.FromFile(DejaVu!);
            using var font = new SKFont(typeface, 14);
            using var paint = new SKPaint { Color = SKColors.Black };
            canvas.DrawText(text, 10, 50, font, paint);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }
}
