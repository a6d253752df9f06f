using Reports.Layout.Model;
using Reports.Layout.Paging;

namespace Reports.Layout.Tests;

public class TableTests
{
    [Fact]
    public void A_300_row_table_repeats_its_header_on_every_page_it_spans()
    {
        var rendered = Rendered.Of(Some.Document(Some.Paragraph("Intro"), Some.Table(300)));

        var pages = rendered.Layout.PagesOf(1);
        pages.Count.ShouldBeGreaterThan(1);
        using var pdf = rendered.Open();
        foreach (var number in pages)
        {
            var words = pdf.GetPage(number).GetWords().Select(w => w.Text).ToList();
            words.ShouldContain("Item");
            words.ShouldContain("Value");
            words.ShouldContain("Note");
        }

        foreach (var page in pages.Select(n => rendered.Layout.Pages[n - 1]))
        {
            var header = page.Texts().Single(t => t.Text == "Item" && t.BlockIndex == 1);
            var firstRow = page.Texts().Where(t => t.BlockIndex == 1 && t.Text.StartsWith("Row ", StringComparison.Ordinal)).Min(t => t.Bounds.Y);
            header.Bounds.Y.ShouldBeLessThan(firstRow);
        }
    }

    [Fact]
    public void Every_row_appears_once_and_rows_are_never_split()
    {
        var layout = LaidOut.Of(Some.Undecorated(Some.Table(300)));

        var rows = layout.Pages.SelectMany(p => p.Texts().Where(t => t.Text.StartsWith("Row ", StringComparison.Ordinal)).Select(t => (t.Text, p.Number))).ToList();
        rows.Select(r => r.Text).ShouldBe(Enumerable.Range(1, 300).Select(r => $"Row {r} item"));
        foreach (var page in layout.Pages)
        {
            var texts = page.Texts().ToList();
            var bottom = texts.Max(t => t.Bounds.Bottom);
            var lastRowTop = texts.Where(t => t.Text.StartsWith("Row ", StringComparison.Ordinal)).Max(t => t.Bounds.Y);
            texts.Where(t => t.Bounds.Y > lastRowTop).ShouldAllBe(t => t.Bounds.Bottom <= bottom);
        }
    }

    [Fact]
    public void A_row_with_a_long_note_keeps_all_its_lines_on_one_page()
    {
        var layout = LaidOut.Of(Some.Undecorated(Some.Table(300)));

        foreach (var row in Enumerable.Range(1, 300).Where(r => r % 7 == 0))
        {
            var page = layout.Pages.Single(p => p.Texts().Any(t => t.Text == $"Row {row} item"));
            var rowTop = page.Texts().Single(t => t.Text == $"Row {row} item").Bounds.Y;
            var noteLines = page.Texts().Count(t => t.Bounds.X > 300 && t.Bounds.Y >= rowTop && t.Bounds.Y < rowTop + 80);
            noteLines.ShouldBeGreaterThan(1);
        }
    }

    [Fact]
    public void Columns_share_the_width_by_weight_and_align_their_text()
    {
        var layout = LaidOut.Of(Some.Undecorated(Some.Table(5)));

        var content = layout.Geometry.Content;
        var texts = layout.Pages[0].Texts().ToList();
        var values = texts.Where(t => t.Text.EndsWith(".5", StringComparison.Ordinal) || t.Text.EndsWith(".0", StringComparison.Ordinal)).ToList();
        values.Count.ShouldBe(5);
        var valueColumnRight = content.X + (content.Width * 4 / 6);
        values.ShouldAllBe(t => Math.Abs(t.Bounds.Right - (valueColumnRight - 5)) < 0.01);
        texts.Where(t => t.Text == "ok").ShouldAllBe(t => Math.Abs(t.Bounds.X - (valueColumnRight + 5)) < 0.01);
    }

    [Fact]
    public void A_header_word_is_never_cut_however_narrow_its_column()
    {
        var table = new Table(
            [new TableColumn("Indicator", 20), new TableColumn("Source", 0.3), new TableColumn("Kind", 0.3)],
            [["a label", "[1]", "forecast"]]);

        var texts = LaidOut.Of(Some.Undecorated(table)).Pages[0].Texts().Select(t => t.Text.Trim()).ToList();

        texts.ShouldContain("Source");
        texts.ShouldContain("Kind");
    }

    [Fact]
    public void A_column_is_widened_to_its_fit_text_and_the_others_give_way()
    {
        var table = new Table(
            [new TableColumn("Label", 3), new TableColumn("Value", 0.5, CellAlign.Right) { FitText = "at least USD \u2212999,999.99 bn" }, new TableColumn("Note", 1)],
            [["Trade", TableCell.Unbroken("at least USD \u2212999,999.99 bn"), "ok"]]);

        var page = LaidOut.Of(Some.Undecorated(table)).Pages[0];

        var parts = page.Texts().Where(t => t.Text.Contains("USD", StringComparison.Ordinal) || t.Text == "\u2212" || t.Text.Contains("999", StringComparison.Ordinal)).ToList();
        // Noto Sans has no U+2212: the minus is a text of its own, from the CJK font, on the same line.
        string.Concat(parts.Select(t => t.Text)).ShouldBe("at least USD \u2212999,999.99 bn");
        parts.Select(t => t.Bounds.Y).Distinct().ShouldHaveSingleItem();
        var value = parts[0];
        value.FontSize.ShouldBe(8.5);
        page.Texts().Single(t => t.Text == "Trade").Bounds.X.ShouldBeLessThan(value.Bounds.X);
    }

    [Fact]
    public void Ids_break_after_their_hyphens_and_dates_stay_whole()
    {
        var table = new Table(
            [new TableColumn("Id", 1), new TableColumn("Period", 1), new TableColumn("Label", 8)],
            [[TableCell.BreakingOnlyAfter("gdp-growth-forecast-2025-ee", "-"), TableCell.BreakingOnlyAfter("2024-06-03–2024-06-05", "–"), "x"]]);

        var texts = LaidOut.Of(Some.Undecorated(table)).Pages[0].Texts().Where(t => t.Text != "x" && t.Bounds.Y > 80).Select(t => t.Text).ToList();

        texts.ShouldBe(["gdp-", "2024-06-03–", "growth-", "2024-06-05", "forecast-", "2025-ee"], ignoreOrder: true);
    }

    [Fact]
    public void Zebra_shades_every_other_row_and_can_be_turned_off()
    {
        var zebra = LaidOut.Of(Some.Undecorated(Some.Table(10))).Pages[0].Boxes.OfType<PlacedRect>().Count(r => r.Fill == "#F5F7FA");
        var plain = LaidOut.Of(Some.Undecorated(Some.Table(10) with { Zebra = false })).Pages[0].Boxes.OfType<PlacedRect>().Count(r => r.Fill == "#F5F7FA");

        zebra.ShouldBe(5);
        plain.ShouldBe(0);
    }

    [Fact]
    public void Without_RepeatHeader_the_header_is_drawn_once()
    {
        var layout = LaidOut.Of(Some.Undecorated(Some.Table(300) with { RepeatHeader = false }));

        layout.Pages.SelectMany(p => p.Texts()).Count(t => t.Text == "Item").ShouldBe(1);
    }

    [Fact]
    public void A_row_taller_than_a_page_splits_between_lines()
    {
        var table = new Table([new TableColumn("Text", 1)], [[Some.Words(3000)], ["after"]]);

        var layout = LaidOut.Of(Some.Undecorated(table));

        layout.Pages.Count.ShouldBeGreaterThan(2);
        layout.Pages.SelectMany(p => p.Texts()).ShouldAllBe(t => t.Bounds.IsInside(layout.Geometry.Content, 0.01));
        layout.Pages.Skip(1).ShouldAllBe(p => p.Texts().Any(t => t.Text == "Text"));
    }

    [Fact]
    public void A_row_with_more_cells_than_columns_is_rejected_with_its_origin()
    {
        var table = new Table([new TableColumn("A", 1)], [["1", "2"]]) { Origin = "$.tables[0]" };

        var error = Should.Throw<ArgumentException>(() => LaidOut.Of(Some.Undecorated(table)));

        error.Message.ShouldContain("$.tables[0]");
        error.Message.ShouldContain("Row 1");
    }
}
