namespace Reports.Layout.Model;

/// <summary>A whole document: metadata, the flow of blocks, and the running header and footer.</summary>
public sealed record DocumentSpec(DocumentMetadata Metadata, IReadOnlyList<Block> Blocks, PageDecorations Decorations)
{
    /// <summary>The colours and sizes it is drawn with; the house look unless a brand gives another.</summary>
    public Look Look { get; init; } = Look.Default;

    /// <summary>
    /// A document read right to left (an Arabic, Hebrew or Persian brief): every page is mirrored (what layout
    /// places at the left goes to the right: text lines end at the right margin, cards, table columns and the
    /// running header run from the right, page numbers go left) and a paragraph without a language of its own
    /// runs right to left. The structure, hence the reading order, is unchanged.
    /// </summary>
    public bool RightToLeft { get; init; }
}
