namespace Reports.Layout.Model;

/// <summary>A bulleted list; each item is a list of spans that wraps under its own indent.</summary>
public sealed record BulletList(IReadOnlyList<IReadOnlyList<Span>> Items) : Block;
