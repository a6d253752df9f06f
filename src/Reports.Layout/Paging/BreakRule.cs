namespace Reports.Layout.Paging;

/// <summary>Whether the page may break just before a slice.</summary>
internal enum BreakRule
{
    /// <summary>A page may end here.</summary>
    Allowed,

    /// <summary>Keep with the slice before (orphans and widows, keep-with-next, never-split blocks).</summary>
    Forbidden,

    /// <summary>A page break block: always start a new page here.</summary>
    Forced,
}
