using Reports.Layout.Model;
using Reports.Layout.Text;

namespace Reports.Layout.Paging;

/// <summary>A bulleted list: a teal bullet, the item's lines under a hanging indent, paragraph break rules per item.</summary>
internal sealed class BulletListLayout(LayoutContext context)
{
    private const double BulletX = 3;
    private const double Indent = 15;
    private const double ItemGap = 3;

    public BlockSlices Layout(BulletList list)
    {
        var style = BlockStyles.ListItem;
        var bullet = context.Text.SingleLine(new StyledSpan("•", style.Text with { Color = Theme.Teal }), style.LineHeight);
        var slices = new List<Slice>();
        foreach (var item in list.Items)
        {
            var spans = SpanStyler.Apply(item, style.Text, list.Origin);
            var text = context.Text.Layout(spans, context.Width - Indent, style.LineHeight);
            var lines = TextSlices.Lines(text, Indent, extra: (line, i) => i == 0 ? Bullet(bullet, line) : []);
            if (slices.Count > 0 && lines.Count > 0)
                lines[0] = lines[0] with { SpaceBefore = ItemGap };
            slices.AddRange(lines);
        }

        return new BlockSlices(slices, 0, 8);
    }

    private static List<PlacedBox> Bullet(TextLine bullet, TextLine line) =>
        [.. bullet.Runs.Select(run => PlacedText.From(run, BulletX, 0, line.Height, line.Baseline))];
}
