namespace Reports.Layout.Model;

/// <summary>A pull quote with its attribution; never split across pages when it fits on one.</summary>
public sealed record QuoteBlock(IReadOnlyList<Span> Text, string Attribution) : Block;
