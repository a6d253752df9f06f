using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// Decides which data labels can be drawn without collisions. Above side-by-side bars a label wider
/// than its bar would run into its neighbour's, so then the chart shows none; inside a stacked
/// segment a label needs a segment taller than the text.
/// </summary>
internal sealed class DataLabelFit(LayoutContext context)
{
    private static readonly TextStyle Style = new(FontVariant.Regular, ChartStyle.DataLabelSize, Theme.Ink);

    /// <summary>Whether to show data labels, and the smallest stacked segment (in data units) that gets one.</summary>
    public (bool Show, double MinimumSegment) For(ChartDescription chart, double plotWidth, double plotHeight)
    {
        var labels = chart.Series.SelectMany(s => s.Labels).OfType<string>().ToList();
        if (labels.Count == 0)
            return (false, 0);
        var widest = labels.Max(label => context.Text.SingleLine(new StyledSpan(label, Style), 1).Width);
        var slot = plotWidth * ChartLayout.DataAreaShare / chart.Categories.Count;
        var (_, size, _) = ChartScale.Bar(chart, 0, 0);
        var room = chart.Kind == ChartKind.GroupedBar && chart.Series.Count > 1 ? slot * size * 1.1 : slot * size;
        var (min, max, _, _) = ChartScale.Axis(chart);
        var pointsPerUnit = plotHeight * 0.75 / (max - min);
        return (widest <= room, ChartStyle.DataLabelSize * 1.5 / pointsPerUnit);
    }
}
