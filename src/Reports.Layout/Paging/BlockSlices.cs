namespace Reports.Layout.Paging;

/// <summary>
/// What a block measures to: its slices, the white space it wants around it (between two blocks the
/// larger wins), and whether it must stay on the page of the block after it (headings). Long blocks
/// (tables, lists) make their slices lazily, as pagination reads them.
/// </summary>
internal sealed record BlockSlices(IEnumerable<Slice> Slices, double SpaceBefore, double SpaceAfter, bool KeepWithNext = false)
{
    public static BlockSlices Empty { get; } = new([], 0, 0);
}
