using System.Runtime.CompilerServices;
using Reports.Layout.Model;
using Reports.Layout.Structure;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// Turns a laid-out line into boxes: a text box per run, an underline for links, a link area per linked run.
/// The text belongs to <c>node</c>; a linked run and its link area to a Link element inside it; underlines are decoration.
/// Every box of a line is mirrored with the line as a unit (<see cref="PlacedBox.UnitStart"/>).
/// </summary>
internal static class TextPlacer
{
    public static List<PlacedBox> Place(TextLine line, double x, double y, StructureNode? node)
    {
        var boxes = new List<PlacedBox>();
        Place(line, x, y, 0, CellAlign.Left, boxes, node);
        return boxes;
    }

    /// <summary>Places the lines of a block one under the other from <paramref name="y"/>; returns the y below the last.</summary>
    public static double PlaceBlock(TextBlock text, double x, double y, double width, CellAlign align, List<PlacedBox> boxes, StructureNode? node)
    {
        for (var i = 0; i < text.Lines.Count; i++)
        {
            var line = text.Lines[i];
            Place(line, x, y, width, align, boxes, node);
            y += line.Height;
        }

        return y;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: see README, "Speed"
    public static void Place(TextLine line, double x, double y, double width, CellAlign align, List<PlacedBox> boxes, StructureNode? node)
    {
        var left = x + align switch
        {
            CellAlign.Right => Math.Max(0, width - line.Width),
            CellAlign.Center => Math.Max(0, (width - line.Width) / 2),
            _ => line.Offset,
        };
        StructureNode? linkNode = null;
        for (var i = 0; i < line.Runs.Count; i++)
        {
            var run = line.Runs[i];
            // The runs of one link that bidi split on a line ("[12]" in an Arabic line: "]", "12", "[") are one
            // Link element, so a screen reader meets one link, not three.
            var sameLink = run.Link is not null && i > 0 && run.Link.Equals(line.Runs[i - 1].Link);
            linkNode = run.Link is null ? null : sameLink ? linkNode : new StructureNode(StructureRole.Link, node);
            var runNode = linkNode ?? node;
            var text = PlacedText.From(run, left + run.X, y, line.Height, line.Baseline, runNode, run.X, line.Width, line.SpaceAfter && i == line.Runs.Count - 1);
            boxes.Add(text);
            var ink = text.Bounds with { X = text.Bounds.X + run.InkStart, Width = run.InkEnd - run.InkStart };
            if (ink.Width <= 0)
                continue;
            if (run.Style.Underline)
                boxes.Add(Underline(ink, text.Baseline, run.Style) with { UnitStart = run.X + run.InkStart, UnitWidth = line.Width });
            if (run.Link is { } link)
                boxes.Add(new PlacedLink(ink, link.Url, link.Anchor) { Node = runNode, UnitStart = run.X + run.InkStart, UnitWidth = line.Width });
        }
    }

    /// <summary>A thin rule under the ink of a run (edge spaces are not underlined).</summary>
    private static PlacedRect Underline(Rect ink, double baseline, TextStyle style)
    {
        var thickness = Math.Max(0.4, style.Size * 0.05);
        var top = ink.Y + baseline + (style.Size * 0.12);
        return new PlacedRect(new Rect(ink.X, top, ink.Width, thickness), style.Color);
    }
}
