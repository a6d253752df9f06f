using Reports.Layout.Model;
using Reports.Layout.Text;

namespace Reports.Layout.Paging;

/// <summary>Turns a laid-out line into boxes: a text box per run, an underline for links, a link area per linked run.</summary>
internal static class TextPlacer
{
    public static List<PlacedBox> Place(TextLine line, double x, double y, double width = 0, CellAlign align = CellAlign.Left)
    {
        var boxes = new List<PlacedBox>();
        Place(line, x, y, width, align, boxes);
        return boxes;
    }

    /// <summary>Places the lines of a block one under the other from <paramref name="y"/>; returns the y below the last.</summary>
    public static double PlaceBlock(TextBlock text, double x, double y, double width, CellAlign align, List<PlacedBox> boxes)
    {
        foreach (var line in text.Lines)
        {
            Place(line, x, y, width, align, boxes);
            y += line.Height;
        }

        return y;
    }

    public static void Place(TextLine line, double x, double y, double width, CellAlign align, List<PlacedBox> boxes)
    {
        var left = x + align switch
        {
            CellAlign.Right => Math.Max(0, width - line.Width),
            CellAlign.Center => Math.Max(0, (width - line.Width) / 2),
            _ => 0,
        };
        foreach (var run in line.Runs)
        {
            var text = PlacedText.From(run, left + run.X, y, line.Height, line.Baseline);
            boxes.Add(text);
            if (run.Style.Underline)
                boxes.Add(Underline(text, run));
            if (run.Link is { } link)
                boxes.Add(new PlacedLink(text.Bounds, link.Url, link.Anchor));
        }
    }

    private static PlacedRect Underline(PlacedText text, TextRun run)
    {
        var thickness = Math.Max(0.4, run.Style.Size * 0.05);
        var top = text.Bounds.Y + text.Baseline + (run.Style.Size * 0.12);
        return new PlacedRect(new Rect(text.Bounds.X, top, text.Bounds.Width, thickness), run.Style.Color);
    }
}
