using Reports.Layout.Model;
using Reports.Layout.Paging;

namespace Reports.Layout.Tests;

public class PagingTests
{
    public static TheoryData<int> Offsets => [.. Enumerable.Range(0, 40).Select(i => i * 17)];

    [Fact]
    public void Body_boxes_stay_inside_the_content_area_and_decorations_in_the_margins()
    {
        var layout = LaidOut.Of(Some.Mixed());

        var content = layout.Geometry.Content;
        var page = new Rect(0, 0, layout.Geometry.Width, layout.Geometry.Height);
        var boxes = layout.Pages.SelectMany(p => p.Boxes).ToList();
        boxes.Where(b => b.BlockIndex >= 0).ShouldAllBe(b => b.Bounds.IsInside(content, 0.01));
        var decorations = boxes.Where(b => b.BlockIndex < 0).ToList();
        decorations.ShouldNotBeEmpty();
        decorations.ShouldAllBe(b => b.Bounds.IsInside(page, 0.01) && !b.Bounds.Overlaps(content, 0.01));
    }

    [Fact]
    public void Blocks_never_overlap_on_a_page()
    {
        var layout = LaidOut.Of(Some.Mixed());

        foreach (var page in layout.Pages)
        {
            var areas = page.Boxes.Where(b => b.BlockIndex >= 0 && b.Bounds.Height > 0)
                .GroupBy(b => b.BlockIndex)
                .Select(g => (Block: g.Key, Area: g.Select(b => b.Bounds).Aggregate((a, b) => a.Union(b))))
                .ToList();
            foreach (var a in areas)
            {
                areas.Where(b => b.Block > a.Block).ShouldAllBe(b => !b.Area.Overlaps(a.Area, 0.01),
                    $"page {page.Number}: block {a.Block} overlaps another");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void A_paragraph_split_across_pages_keeps_two_lines_on_each_side(int offset)
    {
        var document = Some.Undecorated(new Spacer(600 + offset), Some.Paragraph(Some.Words(90)), Some.Paragraph(Some.Words(10)));

        var layout = LaidOut.Of(document);

        var linesPerPage = layout.Pages.Select(p => p.Lines(1).Count).Where(n => n > 0).ToList();
        linesPerPage.ShouldAllBe(n => n >= 2, $"lines per page: {string.Join(", ", linesPerPage)}");
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void A_heading_never_ends_a_page(int offset)
    {
        var document = Some.Undecorated(
            new Spacer(560 + offset), Some.Heading(1, "Section one"), Some.Heading(2, "Subsection"),
            Some.Paragraph(Some.Words(60)), Some.Heading(2, "Next"), new ChartBlock(Some.Chart()));

        var layout = LaidOut.Of(document);

        foreach (var heading in new[] { 1, 2, 4 })
        {
            var page = layout.PagesOf(heading).Single();
            layout.PagesOf(heading + 1).ShouldContain(page, $"heading {heading} is alone at the bottom of page {page}");
        }
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void Charts_key_figures_and_quotes_are_never_split(int offset)
    {
        var document = Some.Undecorated(
            new Spacer(450 + offset), new ChartBlock(Some.Chart()), Some.Paragraph(Some.Words(40)),
            Some.Figures(7), Some.Paragraph(Some.Words(70)), new QuoteBlock(Span.Plain(Some.Words(70)), "Someone"));

        var layout = LaidOut.Of(document);

        layout.PagesOf(1).Count.ShouldBe(1);
        layout.PagesOf(3).Count.ShouldBe(1);
        layout.PagesOf(5).Count.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void KeepTogether_keeps_its_blocks_on_one_page(int offset)
    {
        var group = new KeepTogether([Some.Paragraph(Some.Words(40)), Some.Table(8), Some.Paragraph(Some.Words(30))]);
        var document = Some.Undecorated(new Spacer(400 + offset), group, Some.Paragraph(Some.Words(20)));

        var layout = LaidOut.Of(document);

        layout.PagesOf(1).Count.ShouldBe(1);
    }

    [Fact]
    public void KeepTogether_taller_than_a_page_still_flows()
    {
        var group = new KeepTogether([Some.Paragraph(Some.Words(900)), Some.Paragraph(Some.Words(900))]);

        var layout = LaidOut.Of(Some.Undecorated(group));

        layout.PagesOf(0).Count.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void A_page_break_starts_a_new_page_without_blank_pages()
    {
        var document = Some.Undecorated(new PageBreak(), Some.Paragraph("one"), new PageBreak(), new PageBreak(), Some.Paragraph("two"));

        var layout = LaidOut.Of(document);

        layout.Pages.Count.ShouldBe(2);
        layout.Pages[0].Lines().ShouldBe(["one"]);
        layout.Pages[1].Lines().ShouldBe(["two"]);
    }

    [Fact]
    public void A_spacer_opens_the_first_page_but_is_dropped_after_an_automatic_break()
    {
        // Given a spacer too tall for what the first page has left, so that it is what breaks the page
        var content = LaidOut.Of(Some.Undecorated(Some.Paragraph("probe"))).Geometry.Content;
        var tall = new Spacer(content.Height - 20);
        var document = Some.Undecorated(new Spacer(100), Some.Paragraph(Some.Words(40)), tall, Some.Paragraph("after"));

        // When it is laid out
        var layout = LaidOut.Of(document);

        // Then the opening spacer pushes the first line down, and the one that broke the page is dropped
        layout.Pages.Count.ShouldBe(2);
        layout.Pages[0].Texts().Min(t => t.Bounds.Y).ShouldBe(content.Y + 100, 0.01);
        var after = layout.Pages[1].Texts().Single(t => t.Text == "after");
        after.Bounds.Y.ShouldBe(content.Y, 0.01);
    }

    [Fact]
    public void Letter_pages_are_612_by_792_points()
    {
        var rendered = Rendered.Of(Some.Document(Some.Paragraph("Letter")), new LayoutOptions(PageSizeKind.Letter, []));

        using var pdf = rendered.Open();
        pdf.GetPage(1).Width.ShouldBe(612, 0.01);
        pdf.GetPage(1).Height.ShouldBe(792, 0.01);
        rendered.Layout.Geometry.Content.X.ShouldBeGreaterThanOrEqualTo(50);
    }

    [Fact]
    public void A4_is_the_default_page()
    {
        using var pdf = Rendered.Of(Some.Document(Some.Paragraph("A4"))).Open();

        pdf.GetPage(1).Width.ShouldBe(595, 0.01);
        pdf.GetPage(1).Height.ShouldBe(842, 0.01);
    }

    [Fact]
    public void Header_and_footer_start_at_the_first_decorated_page_with_the_real_page_count()
    {
        var rendered = Rendered.Of(Some.Mixed());

        using var pdf = rendered.Open();
        var count = pdf.NumberOfPages;
        pdf.GetPage(1).Text.ShouldNotContain("Summit brief · May 2024");
        pdf.GetPage(1).Text.ShouldNotContain("Page 1");
        for (var n = 2; n <= count; n++)
        {
            var text = pdf.GetPage(n).Text;
            text.ShouldContain("Summit brief · May 2024");
            text.ShouldContain("Prepared for testing");
            text.ShouldContain($"Page {n} of {count}");
        }
    }
}
