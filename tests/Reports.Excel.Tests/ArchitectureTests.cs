namespace Reports.Excel.Tests;

public sealed class ArchitectureTests
{
    /// <summary>The workbook is data-shaped: it needs the domain model and the workbook libraries, no layout or drawing.</summary>
    [Fact]
    public void The_workbook_writer_references_the_domain_and_the_workbook_libraries_only()
    {
        AssemblyReferences.Of(typeof(WorkbookWriter).Assembly).ShouldBe(["ClosedXML", "DocumentFormat.OpenXml", "Reports.Domain"]);
    }
}
