namespace Reports.Pdf.Tests;

public sealed class ArchitectureTests
{
    /// <summary>The composer turns the domain model into the layout engine's blocks; drawing is the engine's. It names
    /// the PDF writer only for the standard a brief claims (<c>BriefOptions.PdfStandard</c>).</summary>
    [Fact]
    public void The_brief_composer_references_the_domain_and_the_layout_engine_only()
    {
        AssemblyReferences.Of(typeof(BriefWriter).Assembly).ShouldBe(["Reports.Domain", "Reports.Layout", "Reports.PdfWriter"]);
    }
}
