using Reports.Layout.Paging;

namespace Reports.Charts.Tests;

public class CorpusChartTests
{
    public static TheoryData<string> Datasets { get; } = new(
        "russia-china-summit-2025", "four-party-energy-ministers", "long-texts-and-extreme-values", "nine-party-danube-summit",
        "thirty-party-ocean-conference", "trilateral-lublin-triangle");

    [Fact]
    public void Negative_bars_get_ticks_with_true_minus_signs_and_their_labels()
    {
        var form = PaintedCharts.Paint(PaintedCharts.Of(PaintedCharts.CorpusPath("four-party-energy-ministers"))[0]);

        form.Texts().ShouldBe(
            ["EUR −0.4 bn", "EUR 1.2 bn", "EUR −0.6 bn", "EUR −1.1 bn", "Estonia", "Finland", "Latvia", "Lithuania", "EUR billion", "−1.0", "−0.5", "0.0", "0.5", "1.0", "1.5"],
            ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Every_chart_is_painted_with_only_its_own_strings_and_every_label_it_shows(string dataset)
    {
        foreach (var chart in PaintedCharts.Of(Path(dataset)))
        {
            var form = PaintedCharts.Paint(chart);

            var texts = form.Texts();
            texts.ShouldBeSubsetOf(Strings(chart), chart.Chart.Title);
            foreach (var label in chart.CategoryLabels.SelectMany(l => l.Split('\n')))
                texts.ShouldContain(label, chart.Chart.Title);
            texts.ShouldContain(chart.Chart.ValueAxisTitle, chart.Chart.Title);
            form.Flat().Select(d => d.Graphic.GetType().Name).Distinct().ShouldBeSubsetOf(["RectShape", "PathShape", "LineShape", "GlyphRun"]);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Datasets))]
    public void Every_painted_chart_looks_as_ScottPlot_draws_it_on_Skias_canvas(string dataset)
    {
        foreach (var chart in PaintedCharts.Of(Path(dataset)))
        {
            var (ours, _) = ChartPage.Write(chart);

            // A few pixels differ where a kerned label sits a fraction of a point from Skia's unkerned one.
            var differing = ChartPixels.Differing(ChartPixels.Of(SkiaChart.Pdf(chart), 1, chart.Bounds), ChartPixels.Of(ours, 1, chart.Bounds));
            differing.ShouldBeLessThan(0.005, chart.Chart.Title);
        }
    }

    private static string Path(string dataset) => dataset.StartsWith("russia", StringComparison.Ordinal) ? Repository.SeedPath : PaintedCharts.CorpusPath(dataset);

    /// <summary>What ScottPlot may draw of a chart: value ticks, category label lines, axis titles and the data labels.</summary>
    private static List<string> Strings(PlacedChart placed) =>
    [
        .. ChartScale.Axis(placed.Chart).Labels,
        .. placed.CategoryLabels.SelectMany(l => l.Split('\n')),
        placed.Chart.ValueAxisTitle,
        .. placed.Chart.CategoryAxisTitle is { } title ? [title] : Array.Empty<string>(),
        .. placed.Chart.Series.SelectMany(s => s.Labels.OfType<string>()),
    ];
}
