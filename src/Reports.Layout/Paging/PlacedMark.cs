namespace Reports.Layout.Paging;

/// <summary>
/// Nothing drawn: a place in the structure. An empty table cell has no text to carry its element, yet a
/// reader moving cell by cell must meet it, or the cells after it would sit under the wrong headers.
/// </summary>
public sealed record PlacedMark(Rect Bounds) : PlacedBox(Bounds);
