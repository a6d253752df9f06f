namespace Reports.Text;

/// <summary>Helpers for <see cref="FontVariant"/>.</summary>
public static class FontVariants
{
    public static FontVariant Of(bool bold, bool italic) => (FontVariant)((bold ? 1 : 0) + (italic ? 2 : 0));

    public static bool IsBold(this FontVariant variant) => variant is FontVariant.Bold or FontVariant.BoldItalic;

    public static bool IsItalic(this FontVariant variant) => variant is FontVariant.Italic or FontVariant.BoldItalic;

    /// <summary>
    /// Faces to try when a family lacks the requested one or lacks a glyph in it: weight matters more
    /// than slant, and the regular face is the last resort (no synthetic bold or oblique).
    /// </summary>
    public static ReadOnlySpan<FontVariant> FallbackChain(this FontVariant variant) => variant switch
    {
        FontVariant.BoldItalic => [FontVariant.BoldItalic, FontVariant.Bold, FontVariant.Italic, FontVariant.Regular],
        FontVariant.Bold => [FontVariant.Bold, FontVariant.Regular],
        FontVariant.Italic => [FontVariant.Italic, FontVariant.Regular],
        _ => [FontVariant.Regular],
    };
}
