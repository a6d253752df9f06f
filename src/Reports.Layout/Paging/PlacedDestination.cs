namespace Reports.Layout.Paging;

/// <summary>
/// A named destination at the top-left of <see cref="PlacedBox.Bounds"/> (links jump there).
/// Headings with a bookmark also carry their outline level and title.
/// </summary>
public sealed record PlacedDestination(Rect Bounds, string Name) : PlacedBox(Bounds)
{
    /// <summary>Outline level 1–3, or 0 when the destination has no bookmark.</summary>
    public int OutlineLevel { get; init; }

    public string OutlineTitle { get; init; } = "";

    /// <summary>True when the name was given by the document (a heading's AnchorId), not generated.</summary>
    public bool IsUserAnchor { get; init; }
}
