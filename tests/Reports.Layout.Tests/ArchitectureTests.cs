using Reports.Layout.Model;

namespace Reports.Layout.Tests;

public sealed class ArchitectureTests
{
    /// <summary>The layout engine shapes with HarfBuzz, orders right-to-left text with ICU (icu.net), plots with
    /// ScottPlot (over Skia) and writes through our PDF writer; it knows no summit (the domain), no brief (the
    /// composer) and no workbook.</summary>
    [Fact]
    public void The_layout_engine_references_only_its_drawing_shaping_and_charting_libraries()
    {
        AssemblyReferences.Of(typeof(Block).Assembly).ShouldBe(["HarfBuzzSharp", "Reports.PdfWriter", "ScottPlot", "SkiaSharp", "icu.net"]);
    }
}
