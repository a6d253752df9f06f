using Reports.Layout.Model;

namespace Reports.Layout.Tests;

/// <summary>
/// The PDF pipeline is one way: Brief → Layout → Pdf → PdfWriter, with Text (under Layout) and Charts (drawn for Pdf)
/// beside it. Each project references only what is below it, and only the libraries of its own job (each project's
/// tests hold its own line).
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>Layout measures through Text and draws nothing: no drawing, charting or PDF library.</summary>
    [Fact]
    public void Layout_references_text_only()
    {
        AssemblyReferences.Of(typeof(Block).Assembly).ShouldBe(["Reports.Text"]);
    }
}
