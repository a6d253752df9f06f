namespace Reports.Layout.Paging;

/// <summary>Where each named destination landed, and a check that every link points at one.</summary>
internal static class AnchorIndex
{
    public static Dictionary<string, (int Page, PlacedDestination Destination)> From(IReadOnlyList<List<PlacedBox>> pages)
    {
        var index = new Dictionary<string, (int, PlacedDestination)>(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var destination in pages[p].OfType<PlacedDestination>())
                index[destination.Name] = (p + 1, destination);
        }

        return index;
    }

    /// <summary>Throws when a link or table-of-contents entry names an anchor no heading declares.</summary>
    public static void CheckTargets(IReadOnlyList<List<PlacedBox>> pages, IReadOnlyDictionary<string, (int, PlacedDestination)> index)
    {
        var unknown = pages.SelectMany(page => page)
            .Select(box => box switch
            {
                PlacedLink { Anchor: { } anchor } => anchor,
                PendingPageNumber pending => pending.Anchor,
                _ => null,
            })
            .OfType<string>()
            .Where(anchor => !index.ContainsKey(anchor))
            .Distinct()
            .ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Links point at anchors no heading declares: {string.Join(", ", unknown.Select(a => $"'{a}'"))}.");
        }
    }
}
