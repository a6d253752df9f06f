using System.Runtime.CompilerServices;
namespace Reports.Layout.Paging;

/// <summary>
/// Places slices top to bottom, page after page, handing out each page as soon as it is full. A slice
/// that fits is placed; one that does not ends the page at the last point where a break is allowed
/// (moving the slices after it along), or, when the page offers none, right before itself. Every slice
/// moves at most once per page, so the whole run is linear in the number of slices, and only the
/// slices of the page being filled are held.
/// </summary>
internal sealed class Paginator
{
    private const double Epsilon = 0.01;

    private readonly Rect content;
    private readonly SliceWindow window;
    private readonly List<(int Slice, int FirstBox)> placed = [];
    private List<PlacedBox> boxes = [];
    private List<PlacedBox>? finished;
    private double y;
    private bool openedByOverflow;

    private Paginator(PageGeometry page, IEnumerable<Slice> slices)
    {
        content = page.Content;
        window = new SliceWindow(slices);
    }

    /// <summary>
    /// The pages' boxes in page coordinates, one page at a time; at least one (empty) page.
    /// </summary>
    public static IEnumerable<List<PlacedBox>> Paginate(PageGeometry page, IEnumerable<Slice> slices)
    {
        var paginator = new Paginator(page, slices);
        try
        {
            foreach (var boxes in paginator.Run())
                yield return boxes;
        }
        finally
        {
            paginator.window.Dispose();
        }
    }

    private IEnumerable<List<PlacedBox>> Run()
    {
        var pages = 0;
        var i = 0;
        while (window.Has(i))
        {
            i = Step(i);
            if (finished is null)
                continue;
            pages++;
            yield return finished;
            finished = null;
            window.DropBefore(i);
        }

        if (placed.Count > 0 || pages == 0)
            yield return boxes;
    }

    /// <summary>Places slice i or ends the page; returns the next slice to place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: see README, "Speed"
    private int Step(int i)
    {
        var slice = window[i];
        if (placed.Count == 0)
        {
            if (slice.DropAtPageTop && openedByOverflow)
                return i + 1;
            if (slice.RepeatHeader is { } header && y == 0)
                Place(header with { BlockIndex = slice.BlockIndex }, -1, 0);
        }
        else if (slice.BreakBefore == BreakRule.Forced)
        {
            NewPage(overflow: false);
            return i;
        }

        var gap = placed.Count == 0 ? 0 : slice.SpaceBefore;
        if (placed.Count == 0 || y + gap + slice.Height <= content.Height + Epsilon)
        {
            Place(slice, i, gap);
            return i + 1;
        }

        var next = BreakPoint(i);
        Unplace(next);
        NewPage(overflow: true);
        return next;
    }

    /// <summary>The slice the next page starts with: the last allowed break on this page, else slice i itself.</summary>
    private int BreakPoint(int i)
    {
        if (window[i].BreakBefore == BreakRule.Allowed)
            return i;
        for (var p = placed.Count - 1; p >= 1; p--)
        {
            if (window[placed[p].Slice].BreakBefore != BreakRule.Forbidden)
                return placed[p].Slice;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: see README, "Speed"
    private void Place(Slice slice, int index, double gap)
    {
        y += gap;
        if (index >= 0)
            placed.Add((index, boxes.Count));
        var (dx, dy) = (content.X, content.Y + y);
        foreach (var box in slice.Content)
            boxes.Add(index >= 0 ? box.MovedBy(dx, dy, slice.BlockIndex) : Repeated(box.MovedBy(dx, dy, slice.BlockIndex)));
        y += slice.Height;
    }

    /// <summary>A table header repeated on a continued page: decoration for a reader, who met it once already.</summary>
    private static PlacedBox Repeated(PlacedBox box) => box with { Node = null };

    private void Unplace(int fromSlice)
    {
        var keep = placed.FindIndex(p => p.Slice >= fromSlice);
        if (keep < 0)
            return;
        boxes.RemoveRange(placed[keep].FirstBox, boxes.Count - placed[keep].FirstBox);
        placed.RemoveRange(keep, placed.Count - keep);
    }

    private void NewPage(bool overflow)
    {
        finished = boxes;
        boxes = [];
        placed.Clear();
        y = 0;
        openedByOverflow = overflow;
    }
}
