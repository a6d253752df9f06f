using Reports.Layout.Model;
using Reports.Layout.Structure;

namespace Reports.Layout.Paging;

/// <summary>
/// A pull quote: italic text right of a teal bar, the attribution under it. No page break inside
/// (unless the quote is longer than a page).
/// </summary>
internal sealed class QuoteLayout(LayoutContext context)
{
    private const double BarWidth = 2.5;
    private const double Indent = 16;
    private const double AttributionGap = 5;

    public BlockSlices Layout(QuoteBlock quote)
    {
        var style = context.Styles.Quote;
        var width = context.Width - Indent - 8;
        var text = context.Text.Layout(SpanStyler.Apply(quote.Text, style.Text, quote.Origin), width, style.LineHeight);
        var node = new StructureNode(StructureRole.Quote);
        var slices = TextSlices.Lines(text, Indent, node.Child(StructureRole.Paragraph), keepWhole: true, extra: (line, _) => [Bar(line.Height)]);
        var attribution = context.Text.Layout(SpanStyler.Plain("— " + quote.Attribution, context.Styles.Attribution), width, 1.4);
        var boxes = new List<PlacedBox> { Bar(AttributionGap + attribution.Height) };
        var y = TextPlacer.PlaceBlock(attribution, Indent, AttributionGap, width, CellAlign.Left, boxes, node.Child(StructureRole.Paragraph));

        slices.Add(new Slice(y, boxes) { BreakBefore = BreakRule.Forbidden });
        return new BlockSlices(slices, style.SpaceBefore, style.SpaceAfter);
    }

    private PlacedRect Bar(double height) => new(new Rect(0, 0, BarWidth, height), context.Look.Accent);
}
