using Reports.Layout.Structure;

namespace Reports.Layout.Paging;

/// <summary>
/// Something placed on a page, with its bounds in page coordinates. <see cref="BlockIndex"/> is the
/// index of the top-level block it belongs to, or -1 for the running header and footer.
/// </summary>
public abstract record PlacedBox(Rect Bounds)
{
    public int BlockIndex { get; init; }

    /// <summary>The logical element the box belongs to (see <see cref="StructureNode"/>); null for decoration.</summary>
    public StructureNode? Node { get; init; }

    internal PlacedBox MovedBy(double dx, double dy, int blockIndex) =>
        this with { Bounds = Bounds.Offset(dx, dy), BlockIndex = blockIndex };
}
