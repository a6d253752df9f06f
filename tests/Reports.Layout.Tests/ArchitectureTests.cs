using Reports.Layout.Model;

namespace Reports.Layout.Tests;

public sealed class ArchitectureTests
{
    /// <summary>The layout engine draws with Skia, shapes with HarfBuzz, plots with ScottPlot and orders right-to-left text with ICU (icu.net); it knows no
    /// summit (the domain), no brief (the composer) and no workbook.</summary>
    [Fact]
    public void The_layout_engine_references_only_its_drawing_shaping_and_charting_libraries()
    {
        AssemblyReferences.Of(typeof(Block).Assembly).ShouldBe(["HarfBuzzSharp", "ScottPlot", "SkiaSharp", "icu.net"]);
    }
}
