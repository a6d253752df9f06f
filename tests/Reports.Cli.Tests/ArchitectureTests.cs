namespace Reports.Cli.Tests;

public sealed class ArchitectureTests
{
    /// <summary>The command line loads datasets and hands them to the two writers; it neither lays out nor
    /// draws. It names the layout engine only for the page size in the brief's options, Text for the fonts record
    /// the manifest lists, Pdf for the check that a brand's SVG logo can be drawn, and the PDF writer only for the
    /// standard --pdf-standard names.</summary>
    [Fact]
    public void The_command_line_references_the_loader_the_two_writers_and_its_console_libraries_only()
    {
        AssemblyReferences.Of(typeof(CliApp).Assembly).ShouldBe(
            ["Reports.Brief", "Reports.Domain", "Reports.Excel", "Reports.Layout", "Reports.Pdf", "Reports.PdfWriter", "Reports.Text", "Spectre.Console", "Spectre.Console.Ansi", "System.CommandLine"]);
    }
}
