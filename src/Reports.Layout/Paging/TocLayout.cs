using Reports.Layout.Model;
using Reports.Layout.Structure;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// Table of contents: one slice per entry, indented by level, the whole entry a link to its anchor.
/// The page number and leader dots are filled in after pagination (<see cref="TocResolver"/>).
/// </summary>
internal sealed class TocLayout(LayoutContext context)
{
    private const double IndentPerLevel = 14;
    private const double NumberColumn = 34;
    private const double LeaderGap = 4;

    public BlockSlices Layout(TableOfContents toc)
    {
        var node = new StructureNode(StructureRole.Contents);
        var slices = toc.Entries.Select(entry => Entry(entry, node)).ToList();
        return new BlockSlices(slices, 6, 14);
    }

    /// <summary>An entry: its title and page number are one link (inside the contents item); the leader dots are decoration.</summary>
    private Slice Entry(TocEntry entry, StructureNode contents)
    {
        var link = contents.Child(StructureRole.ContentsItem).Child(StructureRole.Link);
        var level = Math.Clamp(entry.Level, 1, 3);
        var style = context.Styles.TocEntry(level);
        var indent = (level - 1) * IndentPerLevel;
        var spans = entry.Spans is { } parts ? SpanStyler.Apply(parts, style, null) : SpanStyler.Plain(entry.Text, style);
        var text = context.Text.Layout(spans, context.Width - indent - NumberColumn - LeaderGap, 1.45);
        if (text.Lines.Count > 0)
            text = new TextBlock([.. text.Lines.Take(text.Lines.Count - 1), TextEngine.WithSpaceAfter(text.Lines[^1])]);
        var boxes = new List<PlacedBox>();
        var y = TextPlacer.PlaceBlock(text, indent, 0, 0, CellAlign.Left, boxes, link);

        var last = text.Lines.Count > 0 ? text.Lines[^1] : context.Text.SingleLine(new(" ", style), 1.45);
        var lastTop = y - (text.Lines.Count > 0 ? last.Height : 0);
        var leaderStart = indent + last.Width + LeaderGap;
        boxes.Add(new PendingPageNumber(new Rect(leaderStart, lastTop, context.Width - leaderStart, last.Height), entry.AnchorId, style, last.Baseline) { Node = link });
        boxes.Add(new PlacedLink(new Rect(0, 0, context.Width, Math.Max(y, last.Height)), null, entry.AnchorId) { Node = link });
        return new Slice(Math.Max(y, last.Height), boxes) { SpaceBefore = level == 1 ? 5 : 1 };
    }
}
