using Reports.Domain.Loading;

namespace Reports.Domain.Tests;

/// <summary>
/// A bar shorter than 2 % of its chart's value axis cannot be read: the dataset still loads, with a
/// located warning on the chart's shortest bar.
/// </summary>
public sealed class MixedScaleTests
{
    [Fact]
    public void Students_beside_tourists_in_one_chart_load_with_a_warning_on_the_shortest_bar()
    {
        var result = SummitLoader.Load("summit-1.0.json", File.ReadAllBytes(Some.Seed10Path));

        result.IsValid.ShouldBeTrue(string.Join("\n", result.Errors));
        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(Severity.Warning);
        warning.ToString().ShouldBe(
            "summit-1.0.json:669:13: $.charts[2].series[0].indicators[1]: warning: In \"People flows in both directions\" the bar "
            + "for \"Students (2025)\", \"Russia → China\" (21,000) is 1.3 % of the value axis (0 to 1,600,000): too short to read. "
            + "Expected: values of one scale in a chart, every bar at least 2 % of the axis; put the smaller ones in a chart of their own");
    }

    [Fact]
    public void The_seed_has_its_people_flows_in_two_charts_and_no_warning()
    {
        var result = SummitLoader.Load(Some.SeedPath);

        result.IsValid.ShouldBeTrue(string.Join("\n", result.Errors));
        result.Warnings.ShouldBeEmpty(string.Join("\n", result.Warnings));
    }

    [Fact]
    public void A_thin_segment_of_a_stacked_bar_is_measured_against_the_whole_stack()
    {
        var result = Some.SeedWith(j =>
        {
            j["indicators"]![9]!["value"] = 0.5; // far-eastern-route-increase: 0.5 bcm on top of 31 in the stacked gas chart
        });

        result.IsValid.ShouldBeTrue(string.Join("\n", result.Errors));
        result.Warnings.ShouldHaveSingleItem().Path.ShouldBe("$.charts[1].series[1].indicators[1]");
        result.Warnings[0].Problem.ShouldContain("(0.5) is 1.6 % of the value axis (0 to 31.5)");
    }

    [Fact]
    public void A_small_fall_beside_a_large_rise_is_measured_against_the_whole_axis_and_zero_is_no_bar()
    {
        var result = Some.SeedWith(j =>
        {
            j["indicators"]![4]!["value"] = -3; // trade-volume-2024, in the two-bar trade chart beside 200
            j["indicators"]![4]!["change"] = true;
        });

        result.Warnings.ShouldHaveSingleItem().Problem.ShouldContain("(-3) is 1.5 % of the value axis (-3 to 200)");
    }

    [Theory]
    [InlineData(4.9)] // beside 245: exactly 2 %
    [InlineData(0)] // no bar at all
    public void Bars_of_at_least_2_percent_of_the_axis_and_empty_bars_give_no_warning(double value)
    {
        var result = Some.SeedWith(j => j["indicators"]![6]!["value"] = value); // priority-projects-value, beside 245 in the trade chart

        result.IsValid.ShouldBeTrue(string.Join("\n", result.Errors));
        result.Warnings.ShouldBeEmpty(string.Join("\n", result.Warnings));
    }
}
