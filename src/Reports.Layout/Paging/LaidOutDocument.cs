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
    /// <summary>The subset faces the pages use, by face.</summary>
    internal IReadOnlyDictionary<FaceKey, EmbeddedFont> Fonts { get; init; } = new Dictionary<FaceKey, EmbeddedFont>();

    /// <summary>The fonts the pages are set in.</summary>
    public FontStack Stack { get; init; } = null!;

    /// <summary>Total size in bytes of the embedded (subset) font programs.</summary>
    public long EmbeddedFontBytes => Fonts.Values.Sum(f => (long)f.Data.Length);
}
