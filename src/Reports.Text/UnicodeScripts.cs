using System.Globalization;
using HarfBuzzSharp;

namespace Reports.Text;

/// <summary>
/// The script of a character (the Unicode Script property, through HarfBuzz) as a person names it, and
/// where a Debian machine gets a font for it: what an error about a character no font has tells the user.
/// </summary>
internal static class UnicodeScripts
{
    private static readonly Dictionary<uint, string> Names = new()
    {
        [Script.Latin] = "Latin",
        [Script.Greek] = "Greek",
        [Script.Cyrillic] = "Cyrillic",
        [Script.Arabic] = "Arabic",
        [Script.Hebrew] = "Hebrew",
        [Script.Devanagari] = "Devanagari",
        [Script.Bengali] = "Bengali",
        [Script.Ethiopic] = "Ethiopic",
        [Script.Thai] = "Thai",
        [Script.Georgian] = "Georgian",
        [Script.Armenian] = "Armenian",
        [Script.Han] = "Han (Chinese characters)",
        [Script.Hiragana] = "Hiragana",
        [Script.Katakana] = "Katakana",
        [Script.Hangul] = "Hangul",
        [Script.Bopomofo] = "Bopomofo",
        [Script.Khmer] = "Khmer",
        [Script.Lao] = "Lao",
        [Script.Myanmar] = "Myanmar",
        [Script.Sinhala] = "Sinhala",
        [Script.Tamil] = "Tamil",
        [Script.Thaana] = "Thaana",
        [Script.Tibetan] = "Tibetan",
        [Script.Mongolian] = "Mongolian",
        [Script.Gujarati] = "Gujarati",
        [Script.Gurmukhi] = "Gurmukhi",
        [Script.Kannada] = "Kannada",
        [Script.Malayalam] = "Malayalam",
        [Script.Telugu] = "Telugu",
        [Script.Oriya] = "Odia",
        [Script.Syriac] = "Syriac",
        [Script.Tifinagh] = "Tifinagh",
        [Script.Cherokee] = "Cherokee",
        [Script.CanadianSyllabics] = "Canadian Aboriginal Syllabics",
        [Script.EgyptianHieroglyphs] = "Egyptian Hieroglyphs",
        [Script.Common] = "Common (symbols and punctuation)",
        [Script.Inherited] = "Inherited (combining marks)",
    };

    /// <summary>"Egyptian Hieroglyphs"; a script without a name here is given by its ISO 15924 code ("script Adlm").</summary>
    public static string Name(int codePoint)
    {
        if (IsUnassignedOrPrivate(codePoint))
            return CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.PrivateUse ? "private use" : "unassigned";
        uint script = UnicodeFunctions.Default.GetScript(codePoint);
        return Names.TryGetValue(script, out var name) ? name : $"script {Tag(script)}";
    }

    /// <summary>What installs a font for the character on Debian, or null when no font should have it (private use, unassigned).</summary>
    public static string? Package(int codePoint)
    {
        if (IsUnassignedOrPrivate(codePoint))
            return null;
        uint script = UnicodeFunctions.Default.GetScript(codePoint);
        if (script == Script.Han && codePoint >= 0x20000)
            return "fonts-hanazono (HanaMin: the CJK extension ideographs)";
        if (script == Script.Han || script == Script.Hangul || script == Script.Hiragana || script == Script.Katakana || script == Script.Bopomofo)
            return "fonts-noto-cjk (Noto Sans CJK)";
        if (codePoint >= 0x1F000 && CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.OtherSymbol)
            return "fonts-symbola (emoji and pictographs as outlines)";
        return script == Script.Common || script == Script.Inherited ? "fonts-noto-core" : $"fonts-noto-core (Noto Sans {Name(codePoint)})";
    }

    private static bool IsUnassignedOrPrivate(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate;

    private static string Tag(uint script) =>
        string.Concat(new[] { 24, 16, 8, 0 }.Select(shift => (char)((script >> shift) & 0xFF)));
}
