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

    /// <summary>
    /// Where the box sits in the unit it is mirrored with (a run of a line moves with its line, so the runs keep
    /// the visual order bidi gave them): its distance from the unit's left edge, and the unit's width. A box
    /// without a unit (<see cref="UnitWidth"/> negative) is mirrored on its own.
    /// </summary>
    internal double UnitStart { get; init; }

    /// <inheritdoc cref="UnitStart"/>
    internal double UnitWidth { get; init; } = -1;

    internal PlacedBox MovedBy(double dx, double dy, int blockIndex) =>
        this with { Bounds = Bounds.Offset(dx, dy), BlockIndex = blockIndex };
}
