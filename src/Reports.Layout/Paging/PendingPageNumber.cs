using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// Where a table-of-contents page number goes once pages are known: the leader dots start at the left
/// of <see cref="PlacedBox.Bounds"/>, the number ends at its right. Replaced before layout returns.
/// </summary>
public sealed record PendingPageNumber(Rect Bounds, string Anchor, TextStyle Style, double Baseline) : PlacedBox(Bounds);
