using Reports.Charts;
using Reports.Layout.Model;
using Reports.Pdf;
using Reports.Text;

namespace Reports.Layout.Tests;

/// <summary>
/// The PDF pipeline is one way: Brief → Layout → Pdf → PdfWriter, with Text (under Layout) and Charts (drawn for Pdf)
/// beside it. Each project references only what is below it, and only the libraries of its own job.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>Text shapes with HarfBuzz, orders right-to-left text with ICU (icu.net) and reads font files
    /// through Skia; it knows no page, no chart and no PDF.</summary>
    [Fact]
    public void Text_references_only_its_shaping_bidi_and_font_libraries()
    {
        AssemblyReferences.Of(typeof(TextShaper).Assembly).ShouldBe(["HarfBuzzSharp", "SkiaSharp", "icu.net"]);
    }

    /// <summary>Layout measures through Text and draws nothing: no drawing, charting or PDF library.</summary>
    [Fact]
    public void Layout_references_text_only()
    {
        AssemblyReferences.Of(typeof(Block).Assembly).ShouldBe(["Reports.Text"]);
    }

    /// <summary>Charts draws a placed chart with ScottPlot (over Skia) into the writer's vectors. HarfBuzzSharp is named
    /// because Text's faces (its shaped runs and font handles) carry HarfBuzz types in their signatures.</summary>
    [Fact]
    public void Charts_references_layout_text_the_writer_and_the_chart_library()
    {
        AssemblyReferences.Of(typeof(ChartFigures).Assembly).ShouldBe(["HarfBuzzSharp", "Reports.Layout", "Reports.PdfWriter", "Reports.Text", "ScottPlot", "SkiaSharp"]);
    }

    /// <summary>Pdf draws placed pages into our writer; it plots nothing itself and knows no brief (HarfBuzzSharp as
    /// for Charts: through Text's faces).</summary>
    [Fact]
    public void Pdf_references_layout_text_charts_and_the_writer_only()
    {
        AssemblyReferences.Of(typeof(PdfRenderer).Assembly).ShouldBe(["HarfBuzzSharp", "Reports.Charts", "Reports.Layout", "Reports.PdfWriter", "Reports.Text"]);
    }
}
