namespace Reports.Layout.Paging;

/// <summary>
/// Places slices top to bottom, page after page. A slice that fits is placed; one that does not ends
/// the page at the last point where a break is allowed (moving the slices after it along), or, when
/// the page offers none, right before itself. Every slice moves at most once per page, so the whole
/// run is linear in the number of slices.
/// </summary>
internal sealed class Paginator
{
    private const double Epsilon = 0.01;

    private readonly Rect content;
    private readonly List<List<PlacedBox>> pages = [];
    private readonly List<(int Slice, int FirstBox)> placed = [];
    private List<PlacedBox> boxes = [];
    private double y;
    private bool openedByOverflow;

    public Paginator(PageGeometry page)
    {
        content = page.Content;
    }

    public List<List<PlacedBox>> Paginate(IReadOnlyList<Slice> slices)
    {
        var i = 0;
        while (i < slices.Count)
            i = Step(slices, i);
        if (placed.Count > 0 || pages.Count == 0)
            pages.Add(boxes);
        return pages;
    }

    /// <summary>Places slice i or ends the page; returns the next slice to place.</summary>
    private int Step(IReadOnlyList<Slice> slices, int i)
    {
        var slice = slices[i];
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

        var next = BreakPoint(slices, i);
        Unplace(next);
        NewPage(overflow: true);
        return next;
    }

    /// <summary>The slice the next page starts with: the last allowed break on this page, else slice i itself.</summary>
    private int BreakPoint(IReadOnlyList<Slice> slices, int i)
    {
        if (slices[i].BreakBefore == BreakRule.Allowed)
            return i;
        for (var p = placed.Count - 1; p >= 1; p--)
        {
            if (slices[placed[p].Slice].BreakBefore != BreakRule.Forbidden)
                return placed[p].Slice;
        }

        return i;
    }

    private void Place(Slice slice, int index, double gap)
    {
        y += gap;
        if (index >= 0)
            placed.Add((index, boxes.Count));
        foreach (var box in slice.Content)
            boxes.Add(box.MovedBy(content.X, content.Y + y, slice.BlockIndex));
        y += slice.Height;
    }

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
        pages.Add(boxes);
        boxes = [];
        placed.Clear();
        y = 0;
        openedByOverflow = overflow;
    }
}
