using Reports.Layout.Model;

namespace Reports.Layout.Tests;

public class SmokeTests
{
    [Fact]
    public void Mixed_document_renders_to_a_pdf()
    {
        var document = Some.Mixed();
        using var output = new MemoryStream();

        var result = PdfRenderer.Render(document, LayoutOptions.Default, output);

        result.PageCount.ShouldBeGreaterThan(5);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "reports-layout-mixed.pdf"), output.ToArray());
    }
}
