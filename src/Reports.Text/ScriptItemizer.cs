using System.Globalization;
using System.Text;
using HarfBuzzSharp;

namespace Reports.Text;

/// <summary>
/// Splits a paragraph into runs of one script (the Unicode Script property) and gives each run the first
/// family of the stack that draws all of it, so a word, its digits and its punctuation come from one font.
/// Characters common to scripts (digits, punctuation, spaces) and combining marks take the script of the run
/// around them: the one before, or the one after at the start of a paragraph; a closing bracket takes the
/// script of its opening bracket. A paragraph without letters is Latin. A family (say one given with
/// <c>--fonts</c>) is thus the face of the scripts it covers and of nothing else: a Lao font draws no
/// bracket of an English sentence. A character the run's family lacks takes the first family that has it.
/// </summary>
internal sealed class ScriptItemizer(FontStack stack)
{
    private const uint Neutral = 0;
    private static readonly uint Latin = Script.Latin;
    private static readonly uint Common = Script.Common;
    private static readonly uint Inherited = Script.Inherited;
    private static readonly uint Unknown = Script.Unknown;

    /// <summary>
    /// The script of each code point below U+3000 once asked (0 until then; a script tag is never 0): each
    /// character is asked about up to three times, and each question was a call into HarfBuzz. Threads may race
    /// to fill an entry; they write the same value.
    /// </summary>
    private static readonly uint[] Scripts = new uint[0x3000];

    private readonly UnicodeFunctions unicode = UnicodeFunctions.Default;
    private readonly Stack<(int CodePoint, uint Script)> open = new();
    private uint[] scripts = [];

    /// <summary>
    /// Fills <paramref name="families"/> with the family of the run each UTF-16 unit belongs to (both units of
    /// a surrogate pair get it), or -1 where the run's family lacks the character (resolve it alone).
    /// </summary>
    public void Families(string text, int[] families)
    {
        if (scripts.Length < text.Length)
            scripts = new uint[Math.Max(text.Length, scripts.Length * 2)];
        ResolveScripts(text);
        var start = 0;
        while (start < text.Length)
        {
            var end = start + 1;
            while (end < text.Length && scripts[end] == scripts[start])
                end++;
            AssignRun(text, start, end, families);
            start = end;
        }
    }

    /// <summary>The script of the unit at <paramref name="index"/> as the last <see cref="Families"/> resolved it.</summary>
    public uint ScriptAt(int index) => scripts[index];

    private void ResolveScripts(string text)
    {
        open.Clear();
        var current = Neutral;
        var firstStrong = Neutral;
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            var script = StrongScript(rune.Value);
            if (script != Neutral)
            {
                current = script;
                if (firstStrong == Neutral)
                    firstStrong = script;
            }
            else
            {
                script = Bracketed(rune.Value, current);
            }

            for (var u = 0; u < used; u++)
                scripts[i + u] = script;
            i += used;
        }

        FillLeading(text.Length, firstStrong == Neutral ? Latin : firstStrong);
    }

    /// <summary>A neutral character's script: a closing bracket its opening bracket's, any other the current one.</summary>
    private uint Bracketed(int cp, uint current)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        if (category is UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation)
        {
            open.Push((cp, current));
        }
        else if (category is UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation && open.Count > 0)
        {
            var (_, script) = open.Pop();
            return script;
        }

        return current;
    }

    /// <summary>Neutral units before the first strong character (and brackets opened there) take the first strong script.</summary>
    private void FillLeading(int length, uint first)
    {
        for (var i = 0; i < length; i++)
        {
            if (scripts[i] == Neutral)
                scripts[i] = first;
        }
    }

    private uint StrongScript(int cp)
    {
        if ((uint)cp >= (uint)Scripts.Length)
            return Strong(unicode.GetScript(cp));
        var known = Scripts[cp];
        if (known == 0)
            Scripts[cp] = known = unicode.GetScript(cp);
        return Strong(known);
    }

    private static uint Strong(uint script) => script == Common || script == Inherited || script == Unknown ? Neutral : script;

    /// <summary>
    /// The run [start, end) gets the first family that has all its letters (a digit or sign it lacks, say
    /// U+2212 in Noto Sans, is drawn alone by the first font that has it), else the one with most of it. A run
    /// without letters takes the first family with Latin letters that has all of it, else the first with Latin letters.
    /// </summary>
    private void AssignRun(string text, int start, int end, int[] families)
    {
        var run = text.AsSpan(start, end - start);
        var needsLatin = !HasLetters(run);
        var family = (needsLatin ? FirstCovering(run, needsLatin, lettersOnly: false) : null) ?? FirstCovering(run, needsLatin, lettersOnly: true) ?? MostCovering(run);
        for (var i = start; i < end;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            var value = family is { } f && stack.FamilyCovers(f, rune.Value) ? f : -1;
            for (var u = 0; u < used; u++)
                families[i + u] = value;
            i += used;
        }
    }

    private int? FirstCovering(ReadOnlySpan<char> run, bool needsLatin, bool lettersOnly)
    {
        for (var family = 0; family < stack.PrimaryCount; family++)
        {
            if ((!needsLatin || stack.FamilyCovers(family, 'a')) && CoversAll(family, run, lettersOnly))
                return family;
        }

        return null;
    }

    /// <summary>The family with the most of the run (the first of equals), when none has all of it.</summary>
    private int? MostCovering(ReadOnlySpan<char> run)
    {
        var (best, most) = ((int?)null, 0);
        for (var family = 0; family < stack.PrimaryCount; family++)
        {
            var count = 0;
            foreach (var rune in run.EnumerateRunes())
                count += stack.FamilyCovers(family, rune.Value) ? 1 : 0;
            if (count > most)
                (best, most) = (family, count);
        }

        return best;
    }

    private bool CoversAll(int family, ReadOnlySpan<char> run, bool lettersOnly)
    {
        foreach (var rune in run.EnumerateRunes())
        {
            if ((!lettersOnly || StrongScript(rune.Value) != Neutral) && !stack.FamilyCovers(family, rune.Value))
                return false;
        }

        return true;
    }

    private bool HasLetters(ReadOnlySpan<char> run)
    {
        foreach (var rune in run.EnumerateRunes())
        {
            if (StrongScript(rune.Value) != Neutral)
                return true;
        }

        return false;
    }
}
