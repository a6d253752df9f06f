using System.Globalization;

namespace Reports.Text;

/// <summary>Character classes that line breaking and glyph checks treat specially.</summary>
internal static class CodePoints
{
    /// <summary>Characters that draw nothing and need no glyph: line breaks, tabs, zero-width and format characters.</summary>
    public static bool IsInvisible(int cp) =>
        cp is '\n' or '\r' or 0xAD or 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF
        || (cp < 0x20 && cp != '\t');

    /// <summary>Spaces at which a line may break (a tab counts as a space).</summary>
    public static bool IsBreakingSpace(int cp) =>
        cp is ' ' or '\t' or 0x1680 or 0x205F or 0x3000 || (cp >= 0x2000 && cp <= 0x200A && cp != 0x2007);

    /// <summary>Any space separator; a font that has U+0020 can draw them all (HarfBuzz falls back to the space glyph).</summary>
    public static bool IsSpace(int cp) =>
        cp == '\t' || (cp <= 0x10FFFF && CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.SpaceSeparator);

    /// <summary>Ideographs and kana: a line may break before and after each of them.</summary>
    public static bool IsIdeographic(int cp) =>
        cp is (>= 0x2E80 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x3FFFF);

    /// <summary>
    /// Closing punctuation that must not start a line (East Asian line-breaking rules, simplified, as GB/T 15834
    /// and JIS X 4051 have them): commas and stops, closing brackets and quotation marks (”’, which Chinese
    /// text uses), the ellipsis, small kana.
    /// </summary>
    public static bool IsNoLineStart(int cp) =>
        (cp <= 0xFFFF && "、。，．：；！？）」』】〕〉》〙〗｝］％・ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ”’…‥".Contains((char)cp, StringComparison.Ordinal))
        || cp is ')' or ']' or '}' or ',' or '.' or ':' or ';' or '!' or '?' or '%';

    /// <summary>Opening brackets and quotation marks (“‘) that must not end a line.</summary>
    public static bool IsNoLineEnd(int cp) =>
        (cp <= 0xFFFF && "（「『【〔〈《〘〖｛［“‘".Contains((char)cp, StringComparison.Ordinal)) || cp is '(' or '[' or '{';

    /// <summary>Dashes after which a line may break ("state-owned" may wrap as "state-" / "owned").</summary>
    public static bool IsBreakAfterDash(int cp) => cp is '-' or 0x2010 or 0x2013 or 0x2014;

    public static string Label(int cp) => $"U+{cp:X4}";
}
