using Reports.Layout.Model;
using Reports.Layout.Structure;

namespace Reports.Layout.Paging;

/// <summary>
/// A heading: one unbreakable slice with its named destination (and bookmark) at the top; level 1 gets
/// a thin accent rule below. It keeps with the next block, so it never ends a page.
/// </summary>
internal sealed class HeadingLayout(LayoutContext context)
{
    private const double RuleGap = 5;
    private const double RuleThickness = 0.8;

    public BlockSlices Layout(Heading heading)
    {
        if (heading.Level is < 1 or > 3)
            throw new ArgumentOutOfRangeException(nameof(heading), $"Heading level must be 1–3, got {heading.Level} (block {heading.Origin ?? "without origin"}).");

        var style = context.Styles.Heading(heading.Level);
        var text = context.Text.Layout(SpanStyler.Apply(heading.Text, style.Text, heading.Origin), context.Width, style.LineHeight);
        var boxes = new List<PlacedBox> { Destination(heading) };
        var node = new StructureNode(StructureRole.Heading, level: heading.Level);
        var y = TextPlacer.PlaceBlock(text, 0, 0, context.Width, CellAlign.Left, boxes, node);

        if (heading.Level == 1)
        {
            boxes.Add(new PlacedRect(new Rect(0, y + RuleGap, context.Width, RuleThickness), context.Look.Accent));
            y += RuleGap + RuleThickness;
        }

        return new BlockSlices([new Slice(y, boxes)], style.SpaceBefore, style.SpaceAfter, KeepWithNext: true);
    }

    private PlacedDestination Destination(Heading heading)
    {
        var name = context.Anchors.Declare(heading.AnchorId, heading.Origin);
        return new PlacedDestination(new Rect(0, 0, 0, 0), name)
        {
            OutlineLevel = heading.Bookmark ? heading.Level : 0,
            OutlineTitle = string.Concat(heading.Text.Select(s => s.Text)).Replace('\n', ' ').Trim(),
            IsUserAnchor = heading.AnchorId is not null,
        };
    }
}
