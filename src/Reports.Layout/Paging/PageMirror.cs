namespace Reports.Layout.Paging;

/// <summary>
/// The page of a right-to-left document: every box placed at the mirror image of where layout put it, about the
/// page's vertical centre line, so what layout places first at the left (a line's start, the first card, the
/// first table column, the running header, a bullet, a quote bar) comes first from the right. A box that is part
/// of a line moves with the whole line (<see cref="PlacedBox.UnitStart"/>), so text is never reversed; the
/// watermark, centred and turned, stays. The boxes keep their order, so the structure (the reading order) is the
/// logical one.
/// </summary>
internal static class PageMirror
{
    public static void Mirror(List<PlacedBox> page, double pageWidth)
    {
        for (var i = 0; i < page.Count; i++)
            page[i] = Mirrored(page[i], pageWidth);
    }

    public static PlacedBox Mirrored(PlacedBox box, double pageWidth)
    {
        if (box is PlacedRotatedText)
            return box;
        var bounds = box.Bounds;
        double x;
        if (box.UnitWidth >= 0)
        {
            var unitLeft = bounds.X - box.UnitStart;
            x = pageWidth - (unitLeft + box.UnitWidth) + box.UnitStart;
        }
        else
        {
            x = pageWidth - bounds.Right;
        }

        return box with { Bounds = bounds with { X = x } };
    }
}
