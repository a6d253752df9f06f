using Reports.Layout.Model;

namespace Reports.Charts.Tests;

public class ChartAltTests
{
    [Fact]
    public void A_bar_chart_of_the_seed_is_described_by_its_title_unit_every_value_as_labelled_and_its_caption()
    {
        var alt = ChartAlt.Describe(PaintedCharts.Seed()[0].Chart);

        alt.ShouldBe("Bar chart: Trade in 2024 and the priority investment portfolio. Value axis: USD billion. "
            + "Trade volume, 2024: USD 245 bn; Priority projects portfolio: ~USD 200 bn. "
            + "Period: 2024, 2025-05 · Source: China, Russia, Sign Multiple Agreements Following 7 Hour Putin-Xi Talks: Statements [5, 6]. "
            + "Russia–China trade volume: A record, according to Putin.");
    }

    [Fact]
    public void A_stacked_chart_names_each_series_once_with_its_value_in_each_category()
    {
        var alt = ChartAlt.Describe(PaintedCharts.Seed()[1].Chart);

        alt.ShouldStartWith("Stacked bar chart: Pipeline gas to China: now and from 2027. Value axis: billion cubic metres. 2 series. "
            + "Power of Siberia 1: Now (2025) 31 bcm, From 2027 31 bcm; Far Eastern route: Now (2025) no value, From 2027 10 bcm. Period: 2025, 2027 · Source: ");
    }

    [Fact]
    public void Values_read_as_the_data_labels_of_the_briefs_culture()
    {
        // German numbers; the words ("million") are the brief's language's, English here.
        var charts = PaintedCharts.Of(Repository.SeedPath, "de-DE");

        ChartAlt.Describe(charts[2].Chart).ShouldContain("Value axis: people. Russia → China: 1,6 million; China → Russia: ~1,2 million. Period: 2024");
        ChartAlt.Describe(charts[4].Chart).ShouldContain("Russia → China: 21.000; China → Russia: 51.000.");
    }

    [Theory]
    [InlineData("ar", "مخطط أعمدة: Trade in 2024 and the priority investment portfolio. محور القيم: USD billion. Trade volume, 2024: USD 245 bn؛ Priority projects portfolio: ~USD 200 bn.")]
    [InlineData("zh", "柱状图：Trade in 2024 and the priority investment portfolio。数值轴：USD billion。Trade volume, 2024：USD 245 bn；Priority projects portfolio：~USD 200 bn。")]
    [InlineData("ru", "Столбчатая диаграмма: Trade in 2024 and the priority investment portfolio. Ось значений: USD billion. Trade volume, 2024: USD 245 bn; Priority projects portfolio: ~USD 200 bn.")]
    [InlineData("fr", "Graphique à barres : Trade in 2024 and the priority investment portfolio. Axe des valeurs : USD billion. Trade volume, 2024 : USD 245 bn ; Priority projects portfolio : ~USD 200 bn.")]
    [InlineData("es", "Gráfico de barras: Trade in 2024 and the priority investment portfolio. Eje de valores: USD billion. Trade volume, 2024: USD 245 bn; Priority projects portfolio: ~USD 200 bn.")]
    public void The_alt_text_is_in_the_brief_s_language(string code, string start)
    {
        var chart = ChartsIn(code)[0];

        ChartAlt.Describe(chart).Replace(" ", " ", StringComparison.Ordinal).ShouldStartWith(start);
    }

    [Theory]
    [InlineData("ar", "مخطط أعمدة مكدّسة: Pipeline gas to China: now and from 2027. محور القيم: billion cubic metres. سلسلتان. Power of Siberia 1: Now (2025) 31 bcm، From 2027 31 bcm؛ Far Eastern route: Now (2025) لا قيمة، From 2027 10 bcm.")]
    [InlineData("zh", "堆积柱状图：Pipeline gas to China: now and from 2027。数值轴：billion cubic metres。2个系列。Power of Siberia 1：Now (2025) 31 bcm，From 2027 31 bcm；Far Eastern route：Now (2025) 无数值，From 2027 10 bcm。")]
    [InlineData("ru", "Столбчатая диаграмма с накоплением: Pipeline gas to China: now and from 2027. Ось значений: billion cubic metres. 2 ряда. Power of Siberia 1: Now (2025) 31 bcm, From 2027 31 bcm; Far Eastern route: Now (2025) нет значения, From 2027 10 bcm.")]
    public void A_stacked_chart_counts_its_series_and_says_no_value_in_the_language(string code, string start)
    {
        var chart = ChartsIn(code)[1];

        ChartAlt.Describe(chart).Replace(" ", " ", StringComparison.Ordinal).ShouldStartWith(start);
    }

    static List<Layout.Model.ChartDescription> ChartsIn(string code) =>
        [.. PaintedCharts.SeedIn(code).Blocks.OfType<Layout.Model.ChartBlock>().Select(b => b.Chart)];

    [Fact]
    public void A_chart_of_24_categories_lists_every_one_in_order_one_clause_each()
    {
        var chart = PaintedCharts.Of(PaintedCharts.CorpusPath("thirty-party-ocean-conference")).Single().Chart;

        var alt = ChartAlt.Describe(chart);

        alt.ShouldBe("Bar chart: Catch by exclusive economic zone. Value axis: million tonnes. "
            + "Argentina: 0.20 mt; Australia: 2.00 mt; Brazil: 3.80 mt; Canada: 0.65 mt; Chile: 2.45 mt; Colombia: 4.25 mt; "
            + "Costa Rica: 1.10 mt; Denmark: 2.90 mt; Ecuador: 4.70 mt; Fiji: 1.55 mt; France: 3.35 mt; Ghana: 0.20 mt; "
            + "Greece: 2.00 mt; Iceland: 3.80 mt; India: 0.65 mt; Indonesia: 2.45 mt; Ireland: 4.25 mt; Kenya: 1.10 mt; "
            + "Maldives: 2.90 mt; Mexico: 4.70 mt; Morocco: 1.55 mt; New Zealand: 3.35 mt; Norway: 0.20 mt; Palau: 2.00 mt. "
            + "Period: 2024 · Source: Report of the high-level segment [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29].");
    }

    [Fact]
    public void A_long_series_name_is_said_once_not_once_per_category()
    {
        var chart = PaintedCharts.Of(PaintedCharts.CorpusPath("trilateral-lublin-triangle")).Single().Chart;

        var alt = ChartAlt.Describe(chart);

        alt.Split("Transit by rail through the Dorohusk–Yahodyn, Przemyśl–Mostyska and Mockava–Trakiszki railway crossings").Length.ShouldBe(2);
        alt.ShouldContain("; Transit by road: October 2023 0.32 mt, November 2023 0.30 mt,");
        alt.ShouldContain("September 2024 0.41 mt. Period: 2023-10,");
    }

    [Fact]
    public void Unlabelled_values_are_written_invariantly_missing_ones_said_and_the_category_axis_named()
    {
        var chart = new ChartDescription(
            ChartKind.GroupedBar,
            "Exports and imports",
            ["2019", "2020\nfirst half"],
            [new ChartSeriesData("Exports", [1250.5, null], [null, null]), new ChartSeriesData("Imports", [-3, 4], ["−3", "4"])],
            "USD bn",
            "Year",
            null,
            null);

        ChartAlt.Describe(chart).ShouldBe("Grouped bar chart: Exports and imports. Value axis: USD bn; categories: Year. 2 series. "
            + "Exports: 2019 1,250.5, 2020 first half no value; Imports: 2019 −3, 2020 first half 4.");
    }
}
