using Reports.Layout.Model;
using Reports.Layout.Structure;

namespace Reports.Layout.Paging;

/// <summary>
/// A chart: our own title above (wrapped, same type as the document), the plot area the renderer fills
/// with vectors, the legend, and a caption line with the period and the source. For a reader: the title is a
/// paragraph, then the figure (the plot and its legend) with the caption inside it. One slice, never split; a chart
/// taller than the page is shrunk to fit.
/// </summary>
internal sealed class ChartLayout(LayoutContext context, ChartFacePlanner planner)
{
    /// <summary>Estimated share of the plot width left for the bars once the value axis is drawn.</summary>
    public const double DataAreaShare = 0.86;

    private const double Gap = 6;

    private readonly ChartLegendLayout legend = new(context);
    private readonly DataLabelFit labelFit = new(context);
    private readonly CategoryLabelFit categoryFit = new(context);

    public BlockSlices Layout(ChartBlock block)
    {
        var chart = block.Chart;
        ChartValidator.Check(chart, block.Origin);
        if (!(block.Height > 0) || !double.IsFinite(block.Height))
            throw new ArgumentException($"Chart height must be a positive number of points (block {block.Origin ?? "without origin"}).");
        var title = context.Text.Layout(SpanStyler.Apply([new Span(chart.Title) { Language = chart.TitleLanguage }], context.Styles.ChartTitle, block.Origin), context.Width, 1.3);
        var caption = context.Text.Layout(
            chart.CaptionSpans is { } spans ? SpanStyler.Apply(spans, context.Styles.ChartCaption, block.Origin) : SpanStyler.Plain(Caption(chart), context.Styles.ChartCaption),
            context.Width, 1.4);
        var figure = new StructureNode(StructureRole.Figure);
        var (legendBoxes, legendHeight) = legend.Layout(chart, figure);
        var plotHeight = Math.Min(block.Height, context.Height - title.Height - caption.Height - legendHeight - (3 * Gap));

        var boxes = new List<PlacedBox>();
        var y = TextPlacer.PlaceBlock(title, 0, 0, 0, CellAlign.Left, boxes, new StructureNode(StructureRole.Paragraph)) + Gap;
        var (labels, labelSize, verticalDepth) = categoryFit.For(chart, plotHeight);
        var (showLabels, minimumSegment) = labelFit.For(chart, context.Width, plotHeight);
        boxes.Add(new PlacedChart(new Rect(0, y, context.Width, plotHeight), chart)
        {
            Faces = planner.Plan(chart, labels, block.Origin),
            CategoryLabels = labels,
            CategoryLabelSize = labelSize,
            CategoryLabelsVertical = verticalDepth > 0,
            CategoryLabelDepth = verticalDepth,
            ShowDataLabels = showLabels,
            MinimumLabeledSegment = minimumSegment,
            Palette = context.Look.ChartPalette,
            RightToLeft = context.Text.RightToLeft,
            Node = figure,
        });
        y += plotHeight + Gap;
        boxes.AddRange(legendBoxes.Select(box => box with { Bounds = box.Bounds.Offset(0, y) }));
        y = TextPlacer.PlaceBlock(caption, 0, y + legendHeight + (legendHeight > 0 ? Gap : 0), 0, CellAlign.Left, boxes, figure.Child(StructureRole.Caption));
        return new BlockSlices([new Slice(y, boxes)], 10, 16);
    }

    /// <summary>The plain caption: the period and the source line.</summary>
    private static string Caption(ChartDescription chart) =>
        string.Join(ChartDescription.CaptionSeparator, new[] { chart.Period, chart.SourceLine }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
