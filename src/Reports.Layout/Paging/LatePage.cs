namespace Reports.Layout.Paging;

/// <summary>
/// What a page drawn as soon as it is laid out still waits for, held (a few numbers, not its boxes) until the
/// whole document is laid out: its table-of-contents numbers, which wait for their headings' pages, as laid out
/// (before any mirroring), and its footer, whose "Page X of Y" waits for the page count.
/// </summary>
public sealed record LatePage(int Number, IReadOnlyList<PendingPageNumber> Numbers, bool HasFooter)
{
    /// <summary>True when the page waits for nothing (the cover).</summary>
    public bool IsEmpty => Numbers.Count == 0 && !HasFooter;
}
