using Reports.Layout.Structure;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// One slice per line of text. A page may break between lines only where at least two lines stay on
/// each side (no orphans, no widows); keeping a block whole forbids every break inside.
/// </summary>
internal static class TextSlices
{
    /// <summary>The lines' slices, their text belonging to <paramref name="node"/>.</summary>
    public static List<Slice> Lines(TextBlock text, double x, StructureNode? node, bool keepWhole = false, Func<TextLine, int, List<PlacedBox>>? extra = null)
    {
        var slices = new List<Slice>(text.Lines.Count);
        var count = text.Lines.Count;
        for (var i = 0; i < count; i++)
        {
            var line = text.Lines[i];
            var boxes = TextPlacer.Place(line, x, 0, node);
            if (extra is not null)
                boxes.InsertRange(0, extra(line, i));
            var breakable = i == 0 || (!keepWhole && i >= 2 && count - i >= 2);
            slices.Add(new Slice(line.Height, boxes) { BreakBefore = breakable ? BreakRule.Allowed : BreakRule.Forbidden });
        }

        return slices;
    }
}
