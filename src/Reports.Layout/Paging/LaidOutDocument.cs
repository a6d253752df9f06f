using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// The result of layout: pages of placed boxes in page coordinates (points, y down), where each
/// anchor landed, and the bookmarks. Everything the PDF renderer draws is here; nothing is decided
/// while drawing.
/// </summary>
public sealed record LaidOutDocument(
    PageGeometry Geometry,
    IReadOnlyList<LaidOutPage> Pages,
    IReadOnlyDictionary<string, int> AnchorPages,
    IReadOnlyList<OutlineEntry> Outline,
    DocumentMetadata Metadata)
{
    /// <summary>The fonts the pages are set in.</summary>
    public FontStack Stack { get; init; } = null!;
}
