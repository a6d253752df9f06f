using Icu;

namespace Reports.Text;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) through ICU (icu.net wraps the ICU that .NET on Linux
/// already loads): the embedding level of every UTF-16 unit of a paragraph. Even levels run left to right,
/// odd ones right to left. Text without a right-to-left character or a bidi control is all level 0 and
/// skips ICU. One instance per layout run (an ICU bidi object is not thread-safe).
/// </summary>
public sealed class BidiParagraph : IDisposable
{
    /// <summary>ICU's UBIDI_DEFAULT_LTR: the paragraph level comes from the first strong character, left to right without one.</summary>
    public const byte FromFirstStrong = 0xFE;

    private BiDi? bidi;

    /// <summary>
    /// Fills <paramref name="levels"/> (at least as long as the text) with each unit's level; returns the
    /// paragraph level of the first paragraph (text after a line feed may be a paragraph of its own).
    /// </summary>
    /// <param name="paragraphLevel">0 or 1 to fix the direction (a paragraph tagged with a right-to-left
    /// language), or <see cref="FromFirstStrong"/>.</param>
    public byte Levels(string text, byte paragraphLevel, byte[] levels)
    {
        if (paragraphLevel != 1 && !NeedsBidi(text))
        {
            Array.Clear(levels, 0, text.Length);
            return 0;
        }

        bidi ??= new BiDi();
        bidi.SetPara(text, paragraphLevel, null);
        var i = 0;
        foreach (var level in bidi.GetLevels())
        {
            if (i == text.Length)
                break;
            levels[i++] = level;
        }
        return bidi.GetParaLevel();
    }

    public void Dispose() => bidi?.Dispose();

    /// <summary>
    /// The direction of the text's first strong character (UAX #9 rule P2, as an FSI isolate takes it): true
    /// right to left, false left to right, null for text with none ("245", "~36", "2025-05-08"). Text with no
    /// right-to-left character is answered without ICU: its first letter, if any, is left to right.
    /// </summary>
    public static bool? FirstStrongIsRightToLeft(string text)
    {
        if (!NeedsBidi(text))
            return HasLetter(text) ? false : null;
        return BiDi.GetBaseDirection(text) switch
        {
            BiDi.BiDiDirection.RTL => true,
            BiDi.BiDiDirection.LTR => false,
            _ => null,
        };
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
                return true;
        }

        return false;
    }

    /// <summary>Whether any unit is right-to-left (Hebrew, Arabic, Syriac, Thaana, N'Ko, …) or a bidi control.</summary>
    public static bool NeedsBidi(string text)
    {
        foreach (int c in text)
        {
            if (c >= 0x0590 && (c <= 0x08FF || c is (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF)
                || c is 0x200F or 0x061C or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) || char.IsSurrogate((char)c)))
                return true;
        }

        return false;
    }
}
