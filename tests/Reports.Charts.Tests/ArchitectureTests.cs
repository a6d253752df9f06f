namespace Reports.Charts.Tests;

/// <summary>Charts is drawn for Pdf, beside the pipeline (Brief → Layout → Pdf → PdfWriter): it references only what is below it and its chart library.</summary>
public sealed class ArchitectureTests
{
    /// <summary>Charts draws a placed chart with ScottPlot (over Skia) into the writer's vectors. HarfBuzzSharp is named
    /// because Text's faces (its shaped runs and font handles) carry HarfBuzz types in their signatures.</summary>
    [Fact]
    public void Charts_references_layout_text_the_writer_and_the_chart_library()
    {
        AssemblyReferences.Of(typeof(ChartFigures).Assembly).ShouldBe(["HarfBuzzSharp", "Reports.Layout", "Reports.PdfWriter", "Reports.Text", "ScottPlot", "SkiaSharp"]);
    }
}
