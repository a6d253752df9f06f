namespace Reports.Charts.Tests;

public class ChartPrepareTests
{
    [Fact]
    public void Preparing_twice_registers_the_chart_faces_once_and_first_among_scottplot_s_font_resolvers()
    {
        // Prepare may run on a spare core beside a render that registers them too: still one resolver, ahead of
        // ScottPlot's system-font resolver, which would otherwise answer for our faces' names.
        ChartFigures.Prepare();
        ChartFigures.Prepare();

        ScottPlot.Fonts.FontResolvers.OfType<ChartTypefaces>().Count().ShouldBe(1);
        ScottPlot.Fonts.FontResolvers[0].ShouldBeOfType<ChartTypefaces>();
    }
}
