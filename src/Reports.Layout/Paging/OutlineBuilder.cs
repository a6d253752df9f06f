namespace Reports.Layout.Paging;

/// <summary>Bookmarks in document order: every heading destination that carries an outline level.</summary>
internal static class OutlineBuilder
{
    public static IReadOnlyList<OutlineEntry> From(IReadOnlyList<List<PlacedBox>> pages) =>
        [.. pages.SelectMany((boxes, p) => boxes.OfType<PlacedDestination>()
            .Where(d => d.OutlineLevel > 0)
            .Select(d => new OutlineEntry(d.OutlineLevel, d.OutlineTitle, d.Name, p + 1, d.Bounds.Y)))];
}
