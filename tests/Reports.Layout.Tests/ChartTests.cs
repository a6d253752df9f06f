using Reports.Layout.Model;
using Reports.Layout.Paging;

namespace Reports.Layout.Tests;

public class ChartTests
{
    [Theory]
    [InlineData(ChartKind.Bar, 1)]
    [InlineData(ChartKind.GroupedBar, 3)]
    [InlineData(ChartKind.StackedBar, 3)]
    public void Charts_are_drawn_as_vectors_with_their_texts(ChartKind kind, int series)
    {
        var rendered = Rendered.Of(Some.Document(new ChartBlock(Some.Chart(kind, series))));

        using var pdf = rendered.Open();
        var page = pdf.GetPage(1);
        page.GetImages().ShouldBeEmpty();
        page.NumberOfImages.ShouldBe(0);
        var text = page.Text;
        text.ShouldContain("Bilateral trade by year");
        text.ShouldContain("USD bn");
        text.ShouldContain("2021");
        text.ShouldContain("Source: customs statistics");
        text.ShouldContain("2019–2023");
        page.GetWords().Select(w => w.Text).ShouldContain("71");
        if (series > 1)
            text.ShouldContain("Imports");
    }

    [Fact]
    public void Chart_text_stays_inside_the_margins()
    {
        var chart = Some.Chart() with { Categories = ["A rather long category name", "Another long category label", "Short", "x", "The last one"] };
        var rendered = Rendered.Of(Some.Undecorated(new ChartBlock(chart, 200)));

        using var pdf = rendered.Open();
        var page = pdf.GetPage(1);
        var content = rendered.Layout.Geometry.Content;
        foreach (var word in page.GetWords())
        {
            var box = word.BoundingBox;
            box.Left.ShouldBeGreaterThanOrEqualTo(content.X - 0.5, word.Text);
            box.Right.ShouldBeLessThanOrEqualTo(content.Right + 0.5, word.Text);
            (page.Height - box.Top).ShouldBeGreaterThanOrEqualTo(content.Y - 0.5, word.Text);
            (page.Height - box.Bottom).ShouldBeLessThanOrEqualTo(content.Bottom + 0.5, word.Text);
        }
    }

    [Fact]
    public void Long_category_labels_are_wrapped_to_their_slot()
    {
        var chart = Some.Chart() with { Categories = ["A rather long category name that needs wrapping", "b", "c", "d", "e"] };

        var placed = LaidOut.Of(Some.Undecorated(new ChartBlock(chart))).Pages[0].Boxes.OfType<PlacedChart>().Single();

        placed.CategoryLabels[0].ShouldContain("\n");
        placed.CategoryLabels[1].ShouldBe("b");
    }

    [Fact]
    public void Category_labels_wrap_between_words_never_inside_one()
    {
        var months = new[] { "October 2023", "November 2023", "December 2023", "January 2024", "February 2024", "March 2024", "April 2024", "May 2024", "June 2024", "July 2024", "September 2024" };
        var chart = Some.Chart(ChartKind.Bar, 1) with
        {
            Categories = months,
            Series = [new ChartSeriesData("Only", [.. months.Select(_ => (double?)1)], [.. months.Select(_ => (string?)"1")])],
        };

        var placed = Placed(chart);

        placed.CategoryLabels.Select(l => l.Replace('\n', ' ')).ShouldBe(months);
        placed.CategoryLabels.ShouldContain("September\n2024");
        placed.CategoryLabelsVertical.ShouldBeFalse();
        placed.CategoryLabelSize.ShouldBeLessThan(7.5f);
    }

    [Fact]
    public void Labels_whose_words_do_not_fit_their_slots_run_vertically_whole_or_with_an_ellipsis()
    {
        var names = new[] { "Argentina", "Australia", "Brazil", "Canada", "Chile", "Colombia", "Costa Rica", "Denmark", "Ecuador", "Fiji", "France", "Ghana",
            "Greece", "Iceland", "India", "Indonesia", "Ireland", "Kenya", "Maldives", "Mexico", "Morocco", "New Zealand", "Norway",
            "The Federated States of Micronesia, with its four states of Yap, Chuuk, Pohnpei and Kosrae" };
        var chart = Some.Chart(ChartKind.Bar, 1) with
        {
            Categories = names,
            Series = [new ChartSeriesData("Only", [.. names.Select(_ => (double?)2)], [.. names.Select(_ => (string?)null)])],
        };

        var placed = Placed(chart);

        placed.CategoryLabelsVertical.ShouldBeTrue();
        placed.CategoryLabels.Take(23).ShouldBe(names.Take(23));
        placed.CategoryLabels[23].ShouldBe("The Federated States of…");
        placed.CategoryLabelDepth.ShouldBeLessThanOrEqualTo(placed.Bounds.Height * 0.4);
    }

    [Fact]
    public void A_legend_entry_too_long_for_its_place_ends_in_an_ellipsis()
    {
        var longName = "Transit by rail through the Dorohusk–Yahodyn, Przemyśl–Mostyska and Mockava–Trakiszki railway crossings of the border";
        var chart = Some.Chart(ChartKind.GroupedBar, 2) with { Series = [Some.Chart().Series[0] with { Name = longName }, Some.Chart().Series[1]] };

        var page = LaidOut.Of(Some.Undecorated(new ChartBlock(chart))).Pages[0];

        var entry = page.Texts().Single(t => t.Text.StartsWith("Transit by rail", StringComparison.Ordinal));
        entry.Text.ShouldBe("Transit by rail through the Dorohusk–Yahodyn…");
        entry.Bounds.Width.ShouldBeLessThanOrEqualTo(page.Boxes.OfType<PlacedChart>().Single().Bounds.Width / 2);
    }

    [Fact]
    public void A_short_negative_bar_beside_tall_ones_gets_a_tick_below_zero()
    {
        var chart = Some.Chart(ChartKind.Bar, 1) with
        {
            Series = [new ChartSeriesData("Growth", [100, -3, 50, 80, 20], ["100", "\u22123", "50", "80", "20"])],
        };

        using var pdf = Rendered.Of(Some.Undecorated(new ChartBlock(chart))).Open();

        var words = pdf.GetPage(1).GetWords().Select(w => w.Text).ToList();
        words.ShouldContain("\u221220");
        words.ShouldContain("100");
        words.ShouldNotContain(w => w.StartsWith('-'));
    }

    [Fact]
    public void A_chart_taller_than_the_page_is_shrunk_to_fit()
    {
        var layout = LaidOut.Of(Some.Document(new ChartBlock(Some.Chart(), 2000)));

        layout.Pages.Count.ShouldBe(1);
        layout.Pages[0].Boxes.ShouldAllBe(b => b.BlockIndex < 0 || b.Bounds.IsInside(layout.Geometry.Content, 0.01));
    }

    [Fact]
    public void A_malformed_chart_is_rejected_with_its_origin()
    {
        var chart = Some.Chart() with { Categories = ["only one"] };

        var error = Should.Throw<ArgumentException>(() => LaidOut.Of(Some.Undecorated(new ChartBlock(chart) { Origin = "$.charts[3]" })));

        error.Message.ShouldContain("$.charts[3]");
    }

    private static PlacedChart Placed(ChartDescription chart) =>
        LaidOut.Of(Some.Undecorated(new ChartBlock(chart))).Pages[0].Boxes.OfType<PlacedChart>().Single();
}
