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

    private static List<Rect> Cards(LaidOutPage page) =>
        [.. page.Boxes.OfType<PlacedRect>().Where(r => r.Fill == "#F1F5F8").Select(r => r.Bounds)];
}
