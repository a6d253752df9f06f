namespace Reports.Layout.Model;

/// <summary>
/// Lines "Title ........ 7", each a link to its anchor; the page numbers are the pages where the
/// headings really land.
/// </summary>
public sealed record TableOfContents(IReadOnlyList<TocEntry> Entries) : Block;
