using Reports.Layout.Model;
using Reports.Layout.Paging;

namespace Reports.Charts.Tests;

/// <summary>The bars a placed chart is drawn with: where each series' bar stands, its base, its label and its colour.</summary>
public class ChartBarsTests
{
    [Fact]
    public void Grouped_bars_sit_side_by_side_and_stacked_bars_pile_up()
    {
        var grouped = Enumerable.Range(0, 3).Select(s => ChartBars.For(Placed(Some.Chart(ChartKind.GroupedBar, 3)), s)).ToList();
        var stacked = Enumerable.Range(0, 3).Select(s => ChartBars.For(Placed(Some.Chart(ChartKind.StackedBar, 3)), s)).ToList();

        grouped.Select(bars => bars[0].Position).Distinct().Count().ShouldBe(3);
        grouped.ShouldAllBe(bars => bars[0].ValueBase == 0);
        stacked.Select(bars => bars[0].Position).Distinct().Count().ShouldBe(1);
        stacked[1][0].ValueBase.ShouldBe(stacked[0][0].Value);
        stacked[2][0].ValueBase.ShouldBe(stacked[1][0].Value);
    }

    [Fact]
    public void Missing_values_draw_no_bar_and_the_value_axis_leaves_room_for_labels()
    {
        var chart = Some.Chart(ChartKind.Bar, 1) with
        {
            Series = [new ChartSeriesData("Only", [10, null, -5, 20, 30], ["10", null, "-5", "20", "30"])],
        };

        var bars = ChartBars.For(Placed(chart), 0);
        var (min, max, _, _) = ChartScale.Axis(chart);

        bars.Count.ShouldBe(4);
        min.ShouldBeLessThan(-5);
        max.ShouldBeGreaterThan(30);
    }

    [Fact]
    public void Data_labels_are_dropped_when_bars_are_too_narrow_for_them()
    {
        var categories = Enumerable.Range(1, 24).Select(i => $"M{i}").ToList();
        var series = Enumerable.Range(0, 3)
            .Select(s => new ChartSeriesData($"S{s}", [.. categories.Select(_ => (double?)123456)], [.. categories.Select(_ => (string?)"123,456")]))
            .ToList();
        var crowded = Some.Chart() with { Categories = categories, Series = series };

        Placed(crowded).ShowDataLabels.ShouldBeFalse();
        Placed(Some.Chart()).ShowDataLabels.ShouldBeTrue();
        ChartBars.For(Placed(crowded), 0).ShouldAllBe(bar => bar.Label == "");
    }

    [Fact]
    public void Stacked_segments_too_short_for_their_label_show_none()
    {
        var chart = Some.Chart(ChartKind.StackedBar, 2) with
        {
            Series =
            [
                new ChartSeriesData("Big", [500, 500, 500, 500, 500], ["500", "500", "500", "500", "500"]),
                new ChartSeriesData("Tiny", [1, 1, 1, 1, 200], ["1", "1", "1", "1", "200"]),
            ],
        };

        var tiny = ChartBars.For(Placed(chart), 1);

        tiny.Select(b => b.Label).ShouldBe(["", "", "", "", "200"]);
    }

    [Fact]
    public void Series_use_the_colour_blind_safe_palette_in_order()
    {
        ChartStyle.Palette.Take(3).ShouldBe(["#0072B2", "#E69F00", "#009E73"]);
        ChartBars.For(Placed(Some.Chart(ChartKind.GroupedBar, 2)), 1)[0].FillColor.ToHex().ShouldBe("#E69F00");
    }

    private static PlacedChart Placed(ChartDescription chart) =>
        LaidOut.Of(Some.Undecorated(new ChartBlock(chart))).Pages[0].Boxes.OfType<PlacedChart>().Single();
}
