using Reports.Layout;
using UglyToad.PdfPig;

namespace Reports.Charts.Tests;

public class ChartFormPdfTests
{
    [Fact]
    public void A_painted_chart_in_a_figure_is_written_without_a_violation_and_its_words_are_text()
    {
        var (bytes, result) = ChartPage.Write(PaintedCharts.Seed()[0]);

        result.Errors.ShouldBeEmpty();
        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        page.NumberOfImages.ShouldBe(0);
        // Horizontal words as words; the rotated axis title PdfPig reads letter by letter, in drawing order.
        page.GetWords().Where(w => w.Text.Length > 1 || char.IsDigit(w.Text[0])).Select(w => w.Text).ShouldBe(
            ["USD", "245", "bn", "~USD", "200", "bn", "Trade", "volume,", "2024", "Priority", "projects", "portfolio", "0", "50", "100", "150", "200", "250"],
            ignoreOrder: true);
        page.Text.ShouldContain("USD billion");
    }

    [Fact]
    public void The_chart_words_sit_where_ScottPlot_on_Skias_canvas_puts_them()
    {
        var chart = PaintedCharts.Seed()[0];
        using var skia = PdfDocument.Open(SkiaChart.Pdf(chart));

        var (bytes, _) = ChartPage.Write(chart);

        using var ours = PdfDocument.Open(bytes);
        var expected = skia.GetPage(1).GetWords().ToList();
        var actual = ours.GetPage(1).GetWords().ToList();
        actual.Select(w => w.Text).ShouldBe(expected.Select(w => w.Text), ignoreOrder: true);
        foreach (var word in actual)
        {
            var match = expected.Where(w => w.Text == word.Text).MinBy(w => Math.Abs(w.BoundingBox.Left - word.BoundingBox.Left) + Math.Abs(w.BoundingBox.Bottom - word.BoundingBox.Bottom))!;

            // Within a point: our runs are kerned (Skia draws chart text without kerning), centred where Skia centred them.
            word.BoundingBox.Left.ShouldBe(match.BoundingBox.Left, 1.0, word.Text);
            word.BoundingBox.Bottom.ShouldBe(match.BoundingBox.Bottom, 0.5, word.Text);
        }
    }

    [SkippableFact]
    public void Chart_fonts_are_embedded_and_none_is_Type_3()
    {
        var (bytes, _) = ChartPage.Write(PaintedCharts.Seed()[1]);

        var (exit, output) = ChartPage.Check(bytes, "pdffonts");

        exit.ShouldBe(0, output);
        var fonts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        fonts.ShouldNotBeEmpty(output);
        output.ShouldNotContain("Type 3");
        fonts.ShouldAllBe(line => line.Contains("CID TrueType") && line.Contains(" yes yes yes "), output);
    }

    [SkippableFact]
    public void A_chart_in_a_CFF_face_embeds_it_as_CID_Type_0C_not_Type_3()
    {
        Prerequisite.Require(File.Exists("/usr/share/fonts/opentype/cantarell/Cantarell-Regular.otf"), "a CFF-outline font (fonts-cantarell)");
        var options = new LayoutOptions(PageSizeKind.A4, ["/usr/share/fonts/opentype/cantarell"]);
        var chart = LaidOut.Of(Some.Undecorated(new Layout.Model.ChartBlock(Some.Chart())), options).Pages[0].Boxes.OfType<Layout.Paging.PlacedChart>().Single();

        var (bytes, result) = ChartPage.Write(chart, options);

        result.Errors.ShouldBeEmpty();
        var (exit, output) = ChartPage.Check(bytes, "pdffonts");
        exit.ShouldBe(0, output);
        output.ShouldNotContain("Type 3");
        output.Split('\n').ShouldContain(line => line.Contains("Cantarell-Regular") && line.Contains("CID Type 0C") && line.Contains(" yes yes yes "), output);
    }

    [Fact]
    public void Arabic_and_Cyrillic_chart_labels_are_shaped_and_written_as_their_text()
    {
        var chart = Some.Chart(Layout.Model.ChartKind.Bar, 1) with { Categories = ["Каир", "Москва", "c", "d", "e"], ValueAxisTitle = "مليار دولار" };
        var placed = LaidOut.Of(Some.Undecorated(new Layout.Model.ChartBlock(chart))).Pages[0].Boxes.OfType<Layout.Paging.PlacedChart>().Single();

        var form = PaintedCharts.Paint(placed);
        var (bytes, result) = ChartPage.Write(placed);

        var arabic = form.Runs().Single(r => r.Text == "مليار دولار");
        arabic.Glyphs.Ids.ShouldNotContain(0u);
        arabic.Glyphs.Clusters[0].ShouldBeGreaterThan(arabic.Glyphs.Clusters[^1]);
        result.Errors.ShouldBeEmpty();
        using var pdf = PdfDocument.Open(bytes);
        pdf.GetPage(1).GetWords().Select(w => w.Text).ShouldContain("Москва");
    }

    [SkippableFact]
    public void The_chart_page_passes_qpdf_check()
    {
        var (bytes, _) = ChartPage.Write(PaintedCharts.Seed()[0]);

        var (exit, output) = ChartPage.Check(bytes, "qpdf", "--check");

        exit.ShouldBe(0, output);
        output.ShouldContain("No syntax or stream encoding errors found");
    }

}
