using System.Globalization;
using Reports.Domain.Wording;

namespace Reports.Brief.Composing;

/// <summary>
/// The grammar generated sentences need, in the brief's language: lists ("A, B and C", "A, B et C") and
/// counted nouns ("one indicator", "nine parties", "9 сторон"), the noun in the form the language's CLDR
/// plural rules choose. Counts up to ten are words where the catalog gives them (English), else digits.
/// </summary>
internal sealed class Prose(Words words, CultureInfo culture)
{
    readonly string[] _numbers = words["number.words"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public string List(IReadOnlyList<string> items) => words.List(items);

    /// <summary>The count (a word up to ten where the language has them) in the catalog's text for it: Count("count.parties", 9) → "nine parties".</summary>
    public string Count(string key, int count, params (string Name, string Value)[] values) =>
        words.Count(key, count, Number(count), values);

    /// <summary>A count as running text writes it: "nine", "24", "1,234".</summary>
    public string Number(int count) => count >= 0 && count < _numbers.Length ? _numbers[count] : count.ToString("#,0", culture);

    /// <summary>The same with a capital first letter, to open a sentence (the first letter of a value marked for isolation when it opens it).</summary>
    public string Capitalised(string text)
    {
        var first = text.Length > 1 && text[0] == '\u2068' ? 1 : 0;
        return text.Length == 0 ? text : text[..first] + char.ToUpper(text[first], culture) + text[(first + 1)..];
    }
}
