namespace Reports.Layout;

/// <summary>
/// How to lay out a document: the paper size, and font directories tried before the system fonts
/// (a <c>--fonts DIR</c> option feeds them). Margins are fixed (see <see cref="Paging.PageGeometry"/>).
/// </summary>
public sealed record LayoutOptions(PageSizeKind PageSize, IReadOnlyList<string> ExtraFontDirectories)
{
    /// <summary>A4, system fonts only.</summary>
    public static LayoutOptions Default { get; } = new(PageSizeKind.A4, []);
}
