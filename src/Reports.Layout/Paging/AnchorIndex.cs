namespace Reports.Layout.Paging;

/// <summary>
/// What the rest of the document needs to know about the pages, gathered page by page as they are
/// made: where each named destination landed, the bookmarks, and the anchors that links and
/// table-of-contents entries point at (checked once every page is known).
/// </summary>
public sealed class AnchorIndex
{
    private readonly Dictionary<string, (int Page, PlacedDestination Destination)> anchors = new(StringComparer.Ordinal);
    private readonly List<OutlineEntry> outline = [];
    private readonly List<string> targets = [];
    private readonly HashSet<string> seenTargets = new(StringComparer.Ordinal);

    public int PageCount { get; private set; }

    public IReadOnlyDictionary<string, (int Page, PlacedDestination Destination)> Anchors => anchors;

    /// <summary>Bookmarks in document order: every destination that carries an outline level.</summary>
    public IReadOnlyList<OutlineEntry> Outline => outline;

    /// <summary>The 1-based page of every anchor the document itself named (not generated ones).</summary>
    public Dictionary<string, int> UserAnchorPages() =>
        anchors.Where(a => a.Value.Destination.IsUserAnchor).ToDictionary(a => a.Key, a => a.Value.Page, StringComparer.Ordinal);

    /// <summary>Records the next page.</summary>
    public void Add(IReadOnlyList<PlacedBox> boxes)
    {
        var page = ++PageCount;
        foreach (var box in boxes)
        {
            switch (box)
            {
                case PlacedDestination destination:
                    anchors[destination.Name] = (page, destination);
                    if (destination.OutlineLevel > 0)
                        outline.Add(new OutlineEntry(destination.OutlineLevel, destination.OutlineTitle, destination.Name, page, destination.Bounds.Y));
                    break;
                case PlacedLink { Anchor: { } anchor }:
                    Target(anchor);
                    break;
                case PendingPageNumber slot:
                    Target(slot.Anchor);
                    break;
            }
        }
    }

    /// <summary>Throws when a link or table-of-contents entry names an anchor no heading declares.</summary>
    public void CheckTargets()
    {
        var unknown = targets.Where(anchor => !anchors.ContainsKey(anchor)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Links point at anchors no heading declares: {string.Join(", ", unknown.Select(a => $"'{a}'"))}.");
        }
    }

    private void Target(string anchor)
    {
        if (seenTargets.Add(anchor))
            targets.Add(anchor);
    }
}
