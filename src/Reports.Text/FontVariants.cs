namespace Reports.Text;

/// <summary>Helpers for <see cref="FontVariant"/>.</summary>
public static class FontVariants
{
    /// <summary>How many variants there are (the faces a family can hold).</summary>
    public const int Count = 6;

    public static FontVariant Of(bool bold, bool italic) => (FontVariant)((bold ? 1 : 0) + (italic ? 2 : 0));

    /// <summary>The heading variant, italic or not.</summary>
    public static FontVariant Heading(bool italic) => italic ? FontVariant.HeadingItalic : FontVariant.Heading;

    /// <summary>Bold, or a heading face (which stands where the bold face would: a face drawn regular for it is emboldened).</summary>
    public static bool IsBold(this FontVariant variant) => variant is FontVariant.Bold or FontVariant.BoldItalic or FontVariant.Heading or FontVariant.HeadingItalic;

    public static bool IsItalic(this FontVariant variant) => variant is FontVariant.Italic or FontVariant.BoldItalic or FontVariant.HeadingItalic;

    public static bool IsHeading(this FontVariant variant) => variant is FontVariant.Heading or FontVariant.HeadingItalic;

    /// <summary>
    /// Faces to try when a family lacks the requested one or lacks a glyph in it: weight matters more
    /// than slant, and the regular face is the last resort (no synthetic bold or oblique); a heading face
    /// falls back to the bold one.
    /// </summary>
    public static ReadOnlySpan<FontVariant> FallbackChain(this FontVariant variant) => variant switch
    {
        FontVariant.HeadingItalic => [FontVariant.HeadingItalic, FontVariant.Heading, FontVariant.BoldItalic, FontVariant.Bold, FontVariant.Italic, FontVariant.Regular],
        FontVariant.Heading => [FontVariant.Heading, FontVariant.Bold, FontVariant.Regular],
        FontVariant.BoldItalic => [FontVariant.BoldItalic, FontVariant.Bold, FontVariant.Italic, FontVariant.Regular],
        FontVariant.Bold => [FontVariant.Bold, FontVariant.Regular],
        FontVariant.Italic => [FontVariant.Italic, FontVariant.Regular],
        _ => [FontVariant.Regular],
    };
}
