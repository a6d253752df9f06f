namespace Reports.Layout.Model;

/// <summary>Keeps its blocks on one page when together they fit on a page.</summary>
public sealed record KeepTogether(IReadOnlyList<Block> Blocks) : Block;
