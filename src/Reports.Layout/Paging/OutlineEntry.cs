namespace Reports.Layout.Paging;

/// <summary>A bookmark: level 1–3, title, the named destination, its page (1-based) and y in points from the top.</summary>
public sealed record OutlineEntry(int Level, string Title, string Destination, int Page, double Y);
