namespace Reports.Brief.Tests;

public sealed class ArchitectureTests
{
    /// <summary>The composer turns the domain model into the layout engine's blocks and hands them to the PDF
    /// renderer; it names Text for the fonts a brand gives and a brief used, and the PDF writer only for the
    /// standard a brief claims (<c>BriefOptions.PdfStandard</c>). It draws nothing itself.</summary>
    [Fact]
    public void The_brief_composer_references_the_domain_the_layout_and_the_renderer_only()
    {
        AssemblyReferences.Of(typeof(BriefWriter).Assembly).ShouldBe(["Reports.Domain", "Reports.Layout", "Reports.Pdf", "Reports.PdfWriter", "Reports.Text"]);
    }
}
