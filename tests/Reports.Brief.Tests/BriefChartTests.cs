namespace Reports.Brief.Tests;

/// <summary>Charts of the varied corpus read back from the PDF: labels whole, decimals alike, both signs on the axis.</summary>
public sealed class BriefChartTests
{
    [Fact]
    public void Data_labels_of_one_chart_share_one_number_of_decimals()
    {
        using var pdf = VariedCorpus.Open("nine-party-danube-summit");
        var words = VariedCorpus.PageWith(pdf, "Share of inland freight carried by river").GetWords().Select(w => w.Text).ToList();

        words.ShouldContain("7.00%");
        words.ShouldContain("6.50%");
        words.ShouldContain("4.25%");
        words.ShouldNotContain("7%");
        words.ShouldNotContain("6.5%");
    }

    [Fact]
    public void A_value_axis_with_a_short_negative_bar_has_a_tick_below_zero()
    {
        using var pdf = VariedCorpus.Open("four-party-energy-ministers");
        var words = VariedCorpus.PageWith(pdf, "Economic growth forecast for 2025").GetWords().Select(w => w.Text).ToList();

        words.ShouldContain("\u22121");
        words.ShouldContain("\u22120.3%");
        words.ShouldContain("2.8%");
    }

    [Fact]
    public void Category_labels_are_never_cut_inside_a_word()
    {
        using var pdf = VariedCorpus.Open("nine-party-danube-summit");
        var ports = VariedCorpus.PageWith(pdf, "Port throughput in 2023").GetWords().Select(w => w.Text).ToList();

        ports.ShouldContain("Regensburg");
        ports.ShouldContain("Giurgiulești");
        ports.ShouldNotContain("Regensbur");
    }

    [Fact]
    public void A_legend_entry_too_long_for_its_place_ends_in_an_ellipsis()
    {
        using var pdf = VariedCorpus.Open("trilateral-lublin-triangle");
        var lines = VariedCorpus.Lines(VariedCorpus.PageWith(pdf, "Grain transit by month and mode"));

        lines.ShouldContain(line => line.StartsWith("Transit by rail through the Dorohusk–Yahodyn", StringComparison.Ordinal) && line.Contains("… Transit by road", StringComparison.Ordinal));
    }
}
