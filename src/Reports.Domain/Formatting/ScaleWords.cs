using System.Globalization;
using Reports.Domain.Wording;

namespace Reports.Domain.Formatting;

/// <summary>
/// The scales large counts are written at and their words, from the language's catalog: a million, a
/// billion (10⁹) and a trillion (10¹²) in English ("1.6 million"), "1,6 millions" in French, "1,6 млн" in
/// Russian, and 万 (10⁴) and 亿 (10⁸) in Chinese ("160万"). The word is plural from
/// <see cref="PluralFrom"/> on ("2,5 milliards", but "1,5 milliard").
/// </summary>
internal sealed record ScaleWords(double[] Scales, string[] Singular, string[] Plural, double PluralFrom, string Pattern)
{
    public static ScaleWords For(Words words)
    {
        // A language may write large counts in digits only (empty lists). Arabic has its words ("1.6 مليون"):
        // a chart label of Arabic words and Latin signs is set by script run, as body text is.
        static string[] List(string text) => text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var scales = List(words["scale.values"]).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        return new ScaleWords(
            scales,
            List(words["scale.words.singular"]),
            List(words["scale.words.plural"]),
            double.Parse(words["scale.pluralFrom"], CultureInfo.InvariantCulture),
            words["scale.pattern"]);
    }

    /// <summary>The number <paramref name="scaled"/> at <see cref="Scales"/>[<paramref name="index"/>] with its word.</summary>
    public string Write(string scaled, int index, double value) =>
        Pattern.Replace("{number}", scaled, StringComparison.Ordinal)
            .Replace("{word}", Math.Abs(value) >= PluralFrom ? Plural[index] : Singular[index], StringComparison.Ordinal);
}
