using Reports.Layout.Model;
using Reports.Layout.Structure;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// A bulleted list: a teal bullet, the item's lines under a hanging indent, paragraph break rules per
/// item; the last item never opens a page alone (it keeps with the item before).
/// </summary>
internal sealed class BulletListLayout(LayoutContext context)
{
    private const double BulletX = 3;
    private const double Indent = 15;
    private const double ItemGap = 3;

    public BlockSlices Layout(BulletList list)
    {
        var style = context.Styles.ListItem;
        var bullet = context.Text.SingleLine(new StyledSpan("•", style.Text with { Color = context.Look.Accent }), style.LineHeight);
        return new BlockSlices(Slices(list, bullet), 0, 8);
    }

    /// <summary>Each item's lines, laid out as pagination reaches them.</summary>
    private IEnumerable<Slice> Slices(BulletList list, TextLine bullet)
    {
        var style = context.Styles.ListItem;
        var any = false;
        var node = new StructureNode(StructureRole.List);
        for (var k = 0; k < list.Items.Count; k++)
        {
            var spans = SpanStyler.Apply(list.Items[k], style.Text, list.Origin);
            var text = context.Text.Layout(spans, context.Width - Indent, style.LineHeight);
            var item = node.Child(StructureRole.ListItem);
            var label = item.Child(StructureRole.ListLabel);
            var lines = TextSlices.Lines(text, Indent, item.Child(StructureRole.ListBody), extra: (line, i) => i == 0 ? Bullet(bullet, line, label) : []);
            if (any && lines.Count > 0)
                lines[0] = lines[0] with { SpaceBefore = ItemGap, BreakBefore = k == list.Items.Count - 1 ? BreakRule.Forbidden : lines[0].BreakBefore };
            any |= lines.Count > 0;
            foreach (var line in lines)
                yield return line;
        }
    }

    private static List<PlacedBox> Bullet(TextLine bullet, TextLine line, StructureNode label) =>
        [.. bullet.Runs.Select(run => PlacedText.From(run, BulletX + run.X, 0, line.Height, line.Baseline, label, run.X, bullet.Width))];
}
