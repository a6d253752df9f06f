using Icu;

namespace Reports.Text;

/// <summary>
/// Where a line may break inside text written without spaces between words (Thai, Lao, Khmer, Myanmar):
/// ICU's line break iterator, which finds the words with its dictionaries. Other text breaks at spaces and
/// dashes (<see cref="Tokenizer"/>), and CJK between ideographs, without it. One instance per layout run.
/// </summary>
internal sealed class DictionaryBreaks : IDisposable
{
    private BreakIterator? iterator;

    /// <summary>Whether the text holds a character of a script written without word spaces.</summary>
    public static bool Needs(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\u0E00' and <= '\u0EFF') or (>= '\u1000' and <= '\u109F') or (>= '\u1780' and <= '\u17FF') or (>= '\u19E0' and <= '\u19FF'))
                return true;
        }

        return false;
    }

    /// <summary>Fills <paramref name="breaks"/> (cleared first) with the offsets inside the text (0 &lt; offset &lt; length) where a line may break.</summary>
    public void Find(string text, List<int> breaks)
    {
        breaks.Clear();
        iterator ??= BreakIterator.CreateLineInstance(new Locale("th"));
        iterator.SetText(text);
        for (var at = iterator.MoveNext(); at > 0 && at < text.Length; at = iterator.MoveNext())
            breaks.Add(at);
    }

    public void Dispose() => iterator?.Dispose();
}
