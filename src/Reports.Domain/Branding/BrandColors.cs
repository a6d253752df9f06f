namespace Reports.Domain.Branding;

/// <summary>
/// The brand's theme colours (<c>color</c>), palette references resolved; null where the file gives none.
/// <see cref="Text"/> holds the shades text is drawn in, each readable on what it is drawn on (WCAG AA).
/// </summary>
public sealed record BrandColors(
    IReadOnlyList<BrandColor> Palette,
    BrandColor? Foreground,
    BrandColor? Background,
    BrandColor? Primary,
    BrandColor? Secondary,
    BrandColor? Tertiary,
    BrandTextColors Text)
{
    public static BrandColors None { get; } = new([], null, null, null, null, null, BrandTextColors.None);

    /// <summary>Chart series colours: primary, secondary, tertiary, then the palette's other colours, no repeats.</summary>
    public IReadOnlyList<string> Series { get; } =
        new[] { Primary, Secondary, Tertiary }.OfType<BrandColor>().Concat(Palette).Select(c => c.Hex).Distinct(StringComparer.Ordinal).ToList();
}
