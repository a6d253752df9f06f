namespace Reports.Layout.Model;

/// <summary>
/// A section heading, level 1 to 3. <paramref name="AnchorId"/> becomes a named destination that
/// links and table-of-contents entries can point at; <paramref name="Bookmark"/> adds an outline
/// entry nested by level. A heading is never left alone at the bottom of a page.
/// </summary>
public sealed record Heading(int Level, IReadOnlyList<Span> Text, string? AnchorId, bool Bookmark = true) : Block;
