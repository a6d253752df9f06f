namespace Reports.Pdf.Tests;

/// <summary>Pdf is the pipeline's drawing stage (Brief → Layout → Pdf → PdfWriter): it references only what is below it.</summary>
public sealed class ArchitectureTests
{
    /// <summary>Pdf draws placed pages into our writer; it plots nothing itself and knows no brief (HarfBuzzSharp as
    /// for Charts: through Text's faces).</summary>
    [Fact]
    public void Pdf_references_layout_text_charts_and_the_writer_only()
    {
        AssemblyReferences.Of(typeof(PdfRenderer).Assembly).ShouldBe(["HarfBuzzSharp", "Reports.Charts", "Reports.Layout", "Reports.PdfWriter", "Reports.Text"]);
    }
}
