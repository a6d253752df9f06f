using Reports.Layout.Paging;
using Reports.Layout.Structure;
using Reports.PdfWriter.Tagging;

namespace Reports.Pdf;

/// <summary>
/// Builds the PDF's structure tree from the nodes layout put on the boxes, as the pages are drawn: an
/// element is made when its first box is drawn, inside its parent's element (made first), so the tree's
/// order is the reading order layout placed the boxes in. Only the current block's elements are looked
/// up (a block's boxes never come back once the next block's have been drawn), so a long table keeps no
/// map of its rows.
/// </summary>
internal sealed class StructureTree
{
    private readonly TagGroup document = new(Tag.Document);
    private Dictionary<StructureNode, TagGroup> groups = new(ReferenceEqualityComparer.Instance);
    private readonly Func<PlacedChart, string> describe;
    private int block = int.MinValue;
    private int lastHeading;

    public StructureTree(Func<PlacedChart, string> describe)
    {
        this.describe = describe;
    }

    public TagTree Tree() => new TagTree().Add(document);

    /// <summary>The element of <paramref name="node"/>, made (with its parents) when <paramref name="box"/> is its first.</summary>
    public TagGroup Group(StructureNode node, PlacedBox box)
    {
        if (box.BlockIndex != block)
        {
            // A new map, not Clear: Clear wipes the whole capacity, and after a table of 100,000 rows (a
            // million entries) that was 15 % of a run, paid again at every block after it.
            if (groups.Count > 0)
                groups = new(ReferenceEqualityComparer.Instance);
            block = box.BlockIndex;
        }

        return Find(node, box);
    }

    private TagGroup Find(StructureNode node, PlacedBox box)
    {
        if (groups.TryGetValue(node, out var group))
            return group;
        var parent = node.Parent is { } p ? Find(p, box) : document;
        group = parent.Open(TagOf(node, box));
        groups[node] = group;
        return group;
    }

    private Tag TagOf(StructureNode node, PlacedBox box) => node.Role switch
    {
        StructureRole.Heading => Tag.H(HeadingLevel(node.Level)),
        StructureRole.Paragraph => Tag.P,
        StructureRole.List => Tag.L(ListNumbering.Disc),
        StructureRole.ListItem => Tag.LI,
        StructureRole.ListLabel => Tag.Lbl,
        StructureRole.ListBody => Tag.LBody,
        StructureRole.Quote => Tag.BlockQuote,
        StructureRole.Table => Tag.Table,
        StructureRole.TableHead => Tag.THead,
        StructureRole.TableBody => Tag.TBody,
        StructureRole.TableRow => Tag.TR,
        StructureRole.HeaderCell => Tag.TH(TableHeaderScope.Column),
        StructureRole.DataCell => Tag.TD,
        StructureRole.Contents => Tag.TOC,
        StructureRole.ContentsItem => Tag.TOCI,
        StructureRole.Figure => Figure(box),
        StructureRole.Caption => Tag.Caption,
        StructureRole.Link => Tag.Link,
        _ => Tag.Div,
    };

    /// <summary>
    /// The level a heading is tagged with: its own, but never more than one below the heading before it, so
    /// a reader's heading navigation has no gap (a section's "Other figures" set as a third-level heading
    /// right under its first-level title is its second level).
    /// </summary>
    private int HeadingLevel(int level)
    {
        lastHeading = Math.Clamp(level, 1, lastHeading + 1);
        return lastHeading;
    }

    private Tag Figure(PlacedBox box)
    {
        if (box is PlacedImage image)
            return Tag.Figure(image.Image.Alt, new PdfWriter.Geometry.Rect(image.Bounds.X, image.Bounds.Y, image.Bounds.Width, image.Bounds.Height));
        if (box is not PlacedChart chart)
            throw new InvalidOperationException($"A figure's first box must be its chart, not a {box.GetType().Name}: layout places the plot before its legend and caption.");
        var b = chart.Bounds;
        return Tag.Figure(describe(chart), new PdfWriter.Geometry.Rect(b.X, b.Y, b.Width, b.Height));
    }
}
