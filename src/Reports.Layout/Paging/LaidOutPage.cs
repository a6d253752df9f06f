namespace Reports.Layout.Paging;

/// <summary>One page: its 1-based number and its boxes in drawing order.</summary>
public sealed record LaidOutPage(int Number, IReadOnlyList<PlacedBox> Boxes);
