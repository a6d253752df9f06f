using Reports.Text;

namespace Reports.Layout;

/// <summary>
/// How to lay out a document: the paper size, font directories tried before the shipped fonts (a
/// <c>--fonts DIR</c> option feeds them), and whether the system fonts are left out
/// (<c>--ignore-system-fonts</c>). Margins are fixed (see <see cref="Paging.PageGeometry"/>).
/// </summary>
public sealed record LayoutOptions(PageSizeKind PageSize, IReadOnlyList<string> ExtraFontDirectories, bool IgnoreSystemFonts = false)
{
    /// <summary>A4, the shipped fonts (system fonts for what they lack).</summary>
    public static LayoutOptions Default { get; } = new(PageSizeKind.A4, []);

    /// <summary>Families given as files (a brand's), tried first, in order; the directories' and system fonts stay behind them for what they lack.</summary>
    public IReadOnlyList<FontFamilyFiles> FontFamilies { get; init; } = [];

    /// <summary>The font stack these options lay text out with.</summary>
    public FontStack Fonts => FontStack.Create(ExtraFontDirectories, FontFamilies, IgnoreSystemFonts);
}
