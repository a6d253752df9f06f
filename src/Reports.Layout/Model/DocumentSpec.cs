namespace Reports.Layout.Model;

/// <summary>A whole document: metadata, the flow of blocks, and the running header and footer.</summary>
public sealed record DocumentSpec(DocumentMetadata Metadata, IReadOnlyList<Block> Blocks, PageDecorations Decorations)
{
    /// <summary>The colours and sizes it is drawn with; the house look unless a brand gives another.</summary>
    public Look Look { get; init; } = Look.Default;
}
