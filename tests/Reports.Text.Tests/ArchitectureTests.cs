namespace Reports.Text.Tests;

/// <summary>Text is the bottom of the PDF pipeline (Brief → Layout → Pdf → PdfWriter, Text under Layout): it references only the libraries of its own job.</summary>
public sealed class ArchitectureTests
{
    /// <summary>Text shapes with HarfBuzz, orders right-to-left text with ICU (icu.net) and reads font files
    /// through Skia; it knows no page, no chart and no PDF.</summary>
    [Fact]
    public void Text_references_only_its_shaping_bidi_and_font_libraries()
    {
        AssemblyReferences.Of(typeof(TextShaper).Assembly).ShouldBe(["HarfBuzzSharp", "SkiaSharp", "icu.net"]);
    }
}
