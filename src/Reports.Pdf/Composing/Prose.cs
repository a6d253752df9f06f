namespace Reports.Pdf.Composing;

/// <summary>The grammar generated sentences need: lists ("A, B and C") and counted nouns ("one indicator", "nine parties").</summary>
internal static class Prose
{
    static readonly string[] Numbers = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>The count in words up to ten, then in digits, with the noun in the number it needs: "one indicator", "24 indicators".</summary>
    public static string Count(int count, string singular, string plural, System.Globalization.CultureInfo culture) =>
        $"{(count >= 0 && count < Numbers.Length ? Numbers[count] : count.ToString("#,0", culture))} {(count == 1 ? singular : plural)}";

    /// <summary>The same with a capital first letter, to open a sentence.</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
