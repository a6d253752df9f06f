namespace Reports.Layout;

/// <summary>
/// How to lay out a document: the paper size, and font directories tried before the system fonts
/// (a <c>--fonts DIR</c> option feeds them). Margins are fixed (see <see cref="Paging.PageGeometry"/>).
/// </summary>
public sealed record LayoutOptions(PageSizeKind PageSize, IReadOnlyList<string> ExtraFontDirectories)
{
    /// <summary>A4, system fonts only.</summary>
    public static LayoutOptions Default { get; } = new(PageSizeKind.A4, []);

    /// <summary>Families given as files (a brand's), tried first, in order; the directories' and system fonts stay behind them for what they lack.</summary>
    public IReadOnlyList<FontFamilyFiles> FontFamilies { get; init; } = [];

    /// <summary>The font stack these options lay text out with.</summary>
    public Text.FontStack Fonts => Text.FontStack.Create(ExtraFontDirectories, FontFamilies);
}
