using UglyToad.PdfPig;

namespace Reports.Layout.Tests;

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
    public void The_chart_words_sit_where_todays_renderer_puts_them()
    {
        var chart = PaintedCharts.Seed()[0];
        var today = Rendered.Of(PaintedCharts.SeedDocument());
        var todayPage = today.Layout.Pages.First(p => p.Boxes.OfType<Paging.PlacedChart>().Any(c => ReferenceEquals(c.Chart, chart.Chart))).Number;

        var (bytes, _) = ChartPage.Write(chart);

        using var ours = PdfDocument.Open(bytes);
        using var theirs = today.Open();
        var area = chart.Bounds;
        var expected = theirs.GetPage(todayPage).GetWords().Where(w => Inside(w.BoundingBox, area, theirs.GetPage(todayPage).Height)).ToList();
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
    public void The_chart_page_passes_qpdf_check()
    {
        var (bytes, _) = ChartPage.Write(PaintedCharts.Seed()[0]);

        var (exit, output) = ChartPage.Check(bytes, "qpdf", "--check");

        exit.ShouldBe(0, output);
        output.ShouldContain("No syntax or stream encoding errors found");
    }

    private static bool Inside(UglyToad.PdfPig.Core.PdfRectangle box, Paging.Rect area, double pageHeight) =>
        box.Left >= area.X - 1 && box.Right <= area.Right + 1 && pageHeight - box.Top >= area.Y - 1 && pageHeight - box.Bottom <= area.Bottom + 1;
}
