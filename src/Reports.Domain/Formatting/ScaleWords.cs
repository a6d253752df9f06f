using System.Globalization;

namespace Reports.Domain.Formatting;

/// <summary>
/// The words for a million, a billion (10⁹) and a trillion (10¹²) in the culture's language, singular
/// and plural ("1 Million", "1,6 Millionen"). English, German and French; other languages use English.
/// </summary>
internal sealed record ScaleWords(string[] Singular, string[] Plural, double PluralFrom)
{
    public static readonly double[] Scales = [1e12, 1e9, 1e6];

    static readonly ScaleWords English = new(["trillion", "billion", "million"], ["trillion", "billion", "million"], 2);
    static readonly ScaleWords German = new(["Billion", "Milliarde", "Million"], ["Billionen", "Milliarden", "Millionen"], 1.0000001);
    static readonly ScaleWords French = new(["billion", "milliard", "million"], ["billions", "milliards", "millions"], 2);

    public static ScaleWords For(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "de" => German,
        "fr" => French,
        _ => English,
    };

    /// <summary>The word for <see cref="Scales"/>[<paramref name="index"/>] after the number <paramref name="scaled"/>.</summary>
    public string Word(int index, double scaled) => Math.Abs(scaled) >= PluralFrom ? Plural[index] : Singular[index];
}
