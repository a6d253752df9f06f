namespace Reports.Layout;

/// <summary>What rendering produced: the page count and the 1-based page of every heading anchor.</summary>
public sealed record RenderResult(int PageCount, IReadOnlyDictionary<string, int> AnchorPages);
