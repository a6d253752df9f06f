namespace Reports.Layout.Paging;

/// <summary>A clickable area: to an external <see cref="Url"/> or to the named destination <see cref="Anchor"/>.</summary>
public sealed record PlacedLink(Rect Bounds, string? Url, string? Anchor) : PlacedBox(Bounds);
