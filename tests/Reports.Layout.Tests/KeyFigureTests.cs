using Reports.Layout.Model;
using Reports.Layout.Paging;

namespace Reports.Layout.Tests;

public class KeyFigureTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 1, 3)]
    [InlineData(4, 1, 4)]
    [InlineData(5, 2, 3)]
    [InlineData(8, 2, 4)]
    public void Cards_wrap_into_balanced_rows_of_at_most_four(int figures, int rows, int firstRow)
    {
        var layout = LaidOut.Of(Some.Undecorated(Some.Figures(figures)));

        var cards = Cards(layout.Pages[0]);
        cards.GroupBy(c => c.Y).Count().ShouldBe(rows);
        cards.Count(c => c.Y == cards[0].Y).ShouldBe(firstRow);
    }

    [Fact]
    public void One_or_two_cards_keep_the_width_of_three_to_a_row()
    {
        var layout = LaidOut.Of(Some.Undecorated(Some.Figures(1)));

        Cards(layout.Pages[0]).Single().Width.ShouldBeLessThan(layout.Geometry.Content.Width / 2);
    }

    [Fact]
    public void Values_shrink_to_stay_on_one_line_and_all_cards_share_one_size()
    {
        var row = new KeyFigureRow([.. new[] { "USD 245 bn", "~USD 200 bn", "~90", "31 bcm" }.Select(v => new KeyFigure(v, "label", null))]);

        var texts = LaidOut.Of(Some.Undecorated(row)).Pages[0].Texts().Where(t => t.Bold).ToList();

        texts.Select(t => t.Text).ShouldBe(["USD 245 bn", "~USD 200 bn", "~90", "31 bcm"]);
        texts.Select(t => t.FontSize).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public void A_row_of_cards_never_splits_across_pages()
    {
        var layout = LaidOut.Of(Some.Undecorated(new Spacer(640), Some.Figures(8)));

        layout.PagesOf(1).Count.ShouldBe(1);
    }

    [Fact]
    public void A_value_too_wide_for_its_card_widens_the_cards_and_stays_on_one_line()
    {
        var row = new KeyFigureRow([.. new[] { "~USD \u2212900,000,000,000,000 bn", "~1.59 billion", "1,234,567.89 t", "up to 12,345.5 km", "0.001%" }
            .Select(v => new KeyFigure(v, "label", null))]);

        var page = LaidOut.Of(Some.Undecorated(row)).Pages[0];

        var values = page.Texts().Where(t => t.Bold).ToList();
        // Noto Sans has no U+2212: the minus is a text of its own, drawn by the next shipped font that has it (the CJK one).
        string.Join("|", values.GroupBy(t => (t.Bounds.Y, Card: Cards(page).FindIndex(c => c.X <= t.Bounds.X && t.Bounds.X < c.Right))).Select(g => string.Concat(g.Select(t => t.Text))))
            .ShouldBe("~USD \u2212900,000,000,000,000 bn|~1.59 billion|1,234,567.89 t|up to 12,345.5 km|0.001%");
        values.Where(t => t.Text == "\u2212").Count().ShouldBe(1);
        values.ShouldAllBe(t => t.FontSize >= 11);
        Cards(page).Count(c => c.Y == Cards(page)[0].Y).ShouldBe(2);
        values.ShouldAllBe(t => t.Bounds.Width <= Cards(page)[0].Width);
    }

    [Fact]
    public void A_value_too_wide_even_for_a_whole_row_is_set_smaller_never_broken()
    {
        const string value = "at least USD \u2212999,999,999,999,999.999 bn at least USD \u2212999,999,999,999,999.999 bn";
        var page = LaidOut.Of(Some.Undecorated(new KeyFigureRow([new KeyFigure(value, "label", null)]))).Pages[0];

        // One line (one baseline): the two minus signs are texts of their own, from the CJK font (Noto Sans has no U+2212).
        var texts = page.Texts().Where(t => t.Bold).ToList();
        texts.Select(t => t.Bounds.Y).Distinct().ShouldHaveSingleItem();
        string.Concat(texts.Select(t => t.Text)).ShouldBe(value);
        (texts[^1].Bounds.Right - texts[0].Bounds.X).ShouldBeLessThanOrEqualTo(Cards(page).Single().Width);
    }

    [Fact]
    public void A_marker_follows_the_label_in_bold_teal_and_never_starts_a_line_alone()
    {
        // Three to a row, this label fills its line: with a breaking space the marker would start the next.
        const string label = "Russian citizens visiting China";
        var row = new KeyFigureRow([new KeyFigure("1.5 million", label, null) { Marker = "Δ" }, .. Some.Figures(2).Figures]);

        var texts = LaidOut.Of(Some.Undecorated(row)).Pages[0].Texts().ToList();

        var marker = texts.Single(t => t.Text.Contains('Δ'));
        marker.Text.ShouldBe("Δ");
        marker.Color.ShouldBe("#13807A");
        marker.Bold.ShouldBeTrue();
        var lastWord = texts.Single(t => t.Text.TrimEnd('\u00A0', ' ').EndsWith("China", StringComparison.Ordinal));
        lastWord.Bounds.Y.ShouldBe(marker.Bounds.Y, 0.01);
        marker.Bounds.X.ShouldBeGreaterThan(lastWord.Bounds.X);
    }

    private static List<Rect> Cards(LaidOutPage page) =>
        [.. page.Boxes.OfType<PlacedRect>().Where(r => r.Fill == "#F1F5F8").Select(r => r.Bounds)];
}
