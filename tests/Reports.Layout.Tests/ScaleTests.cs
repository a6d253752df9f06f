using Reports.Layout.Model;
using Reports.Pdf;

namespace Reports.Layout.Tests;

/// <summary>Large inputs must complete (layout is linear); timings belong in benchmarks, not here.</summary>
public class ScaleTests
{
    [Fact]
    public void A_2000_row_table_and_a_200_KB_paragraph_lay_out_and_render()
    {
        var paragraph = Some.Paragraph(Some.Words(33_000, 5));
        var document = Some.Document(Some.Table(2000), paragraph);

        using var output = new MemoryStream();
        var result = PdfRenderer.Render(document, LayoutOptions.Default, output);

        ((Paragraph)document.Blocks[1]).Spans[0].Text.Length.ShouldBeGreaterThan(200_000);
        result.PageCount.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void A_single_100_KB_token_wraps_by_characters()
    {
        var token = new string('x', 100_000);

        var layout = LaidOut.Of(Some.Undecorated(Some.Paragraph(token)));

        layout.Pages.Sum(p => p.Lines().Sum(l => l.Length)).ShouldBe(100_000);
    }
}
