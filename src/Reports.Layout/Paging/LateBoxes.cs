namespace Reports.Layout.Paging;

/// <summary>
/// The boxes of a <see cref="LatePage"/>, made once the document is laid out, in page coordinates (mirrored for a
/// right-to-left document): for each table-of-contents number, its leader dots and its runs; then the footer.
/// </summary>
public sealed record LateBoxes(IReadOnlyList<IReadOnlyList<PlacedBox>> Numbers, IReadOnlyList<PlacedBox> Footer)
{
    public static LateBoxes None { get; } = new([], []);
}
