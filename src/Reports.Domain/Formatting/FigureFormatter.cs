using System.Globalization;
using Reports.Domain.Model;
using Reports.Domain.Wording;

namespace Reports.Domain.Formatting;

/// <summary>
/// Writes figures the same way everywhere in a brief: "245", "1.6 million", "51,000", with the
/// qualifier shown ("~USD 200 bn", "7+ hours"). Culture comes from options, never from the host.
/// Large counts take scale words ("1.59 billion", "900 trillion") when that loses no digit, and a
/// unit of one is singular ("1 hour").
/// </summary>
public sealed class FigureFormatter
{
    readonly ScaleWords _scaleWords;

    /// <param name="culture">How numbers are written.</param>
    /// <param name="words">The words the figures take (qualifiers, scales, kinds); by default the culture's
    /// language when it has a catalog, else English.</param>
    public FigureFormatter(CultureInfo culture, Words? words = null)
    {
        Culture = culture;
        Words = words ?? Words.ForCulture(culture);
        _scaleWords = ScaleWords.For(Words);
    }

    public static FigureFormatter Default { get; } = new(CultureInfo.GetCultureInfo("en-GB"));

    public CultureInfo Culture { get; }

    public Words Words { get; }

    /// <summary>
    /// A formatter for print (the PDF brief): negative numbers take the true minus sign U+2212, as typeset
    /// text does, rather than the hyphen-minus a spreadsheet expects.
    /// </summary>
    public static FigureFormatter ForPrint(CultureInfo culture, Words? words = null)
    {
        var print = (CultureInfo)culture.Clone();
        print.NumberFormat.NegativeSign = "\u2212";
        return new FigureFormatter(CultureInfo.ReadOnly(print), words);
    }

    /// <summary>The number alone: "245", "1.6 million", "51,000", "2030".</summary>
    public string Number(double value, Unit unit) => Number(value, unit, null);

    /// <summary>
    /// The number with exactly <paramref name="decimals"/> decimals when given (figures shown side by side
    /// share one count: "7.0%" beside "6.5%"); null: as many as the value needs, up to two for counts and
    /// three otherwise.
    /// </summary>
    public string Number(double value, Unit unit, int? decimals)
    {
        if (unit.IsYear)
            return value.ToString("0", Culture);
        if (unit.IsCount && Scale(value) is { } scale)
            return Scaled(value, scale, decimals);
        var pattern = decimals is { } fixedDecimals ? Fixed(fixedDecimals)
            : value % 1 == 0 ? "#,0"
            : unit.IsCount ? "#,0.##" : "#,0.0##";
        var text = value.ToString(pattern, Culture);
        // A figure that is not zero is never written as zero ("0.0" for 0.0004 would be false): too small
        // for the decimals shown, it is written in scientific form ("4E-4", "1.5E-12").
        return value != 0 && !text.Any(c => c is >= '1' and <= '9') ? value.ToString("0.##E+0", Culture) : text;
    }

    /// <summary>Number with its unit: "USD 245 bn", "31 bcm", "1.6 million"; a rise with a plus ("+1.5 pp").</summary>
    public string Value(Indicator indicator) =>
        indicator.Unit.Prefix + Signed(indicator, null) + UnitWords.Suffix(indicator.Unit, indicator.Value);

    /// <summary>Value with its qualifier, as running text writes it: "~USD 200 bn", "7+ hours", "nearly 36", "up to 36".</summary>
    public string Qualified(Indicator indicator) => Qualified(indicator, null);

    /// <summary>
    /// Figures shown side by side (a chart's data labels), qualified, null where there is none: numbers
    /// written at the same scale share one number of decimals ("7.0%" beside "6.5%", "1.6 million"
    /// beside "1.2 million", "21,000" beside "51,000").
    /// </summary>
    public IReadOnlyList<string?> QualifiedAlike(IReadOnlyList<Indicator?> indicators)
    {
        var shared = indicators.OfType<Indicator>().GroupBy(WrittenAt).ToDictionary(g => g.Key, g => g.Max(Decimals));
        // Labels beside bars are compact: "nearly 36" is written "~36" there, as on a card.
        return [.. indicators.Select(i => i is null ? null
            : Qualified(i.Qualifier == Qualifier.Nearly ? i with { Qualifier = Qualifier.Approximately } : i, shared[WrittenAt(i)]))];
    }

    /// <summary>What figures must share to share their decimals: the unit, and the scale word they are written with.</summary>
    (string Unit, int? Scale) WrittenAt(Indicator indicator) =>
        (indicator.Unit.Id, indicator.Unit.IsCount ? Scale(indicator.Value) : null);

    string Qualified(Indicator indicator, int? decimals)
    {
        var (before, figure, after) = QualifiedParts(indicator, decimals);
        return before + figure + after;
    }

    /// <summary>
    /// The qualified value cut around the figure: the qualifier's words before and after it ("at least ",
    /// "USD 4.7 bn", ""), so that a brief can isolate the figure inside words of the other direction ("USD 4.7 bn
    /// على الأقل"). A qualifier written as a sign belongs to the figure ("~USD 200 bn", "7+ hours").
    /// </summary>
    public (string Before, string Figure, string After) QualifiedParts(Indicator indicator) => QualifiedParts(indicator, null);

    (string Before, string Figure, string After) QualifiedParts(Indicator indicator, int? decimals)
    {
        var number = Signed(indicator, decimals);
        var unit = indicator.Unit;
        var suffix = UnitWords.Suffix(unit, indicator.Value);
        return indicator.Qualifier switch
        {
            Qualifier.Approximately => ("", "~" + unit.Prefix + number + suffix, ""),
            // "7+ hours", but "41%+": a plus never splits a number from a symbol glued to it.
            Qualifier.MoreThan => suffix.StartsWith(' ') || suffix.Length == 0
                ? ("", unit.Prefix + number + "+" + suffix, "")
                : ("", unit.Prefix + number + suffix + "+", ""),
            Qualifier.AtLeast => Around("figure.atLeast", unit.Prefix + number + suffix),
            Qualifier.UpTo => Around("figure.upTo", unit.Prefix + number + suffix),
            Qualifier.Nearly => Around("figure.nearly", unit.Prefix + number + suffix),
            _ => ("", unit.Prefix + number + suffix, ""),
        };
    }

    /// <summary>The catalog's words for a qualifier, before and after its "{value}".</summary>
    (string Before, string Figure, string After) Around(string key, string figure)
    {
        var words = Words[key];
        var at = words.IndexOf("{value}", StringComparison.Ordinal);
        return at < 0 || words.IndexOf("{value}", at + 1, StringComparison.Ordinal) >= 0
            ? (Words.Format(key, ("value", figure)), "", "")
            : (words[..at], figure, words[(at + "{value}".Length)..]);
    }

    /// <summary>
    /// The value as a card or a data label shows it, where words do not fit: as <see cref="Qualified(Indicator)"/>,
    /// but "nearly 36" becomes "~36" (just below the value reads as about it, never as a ceiling).
    /// </summary>
    public string Compact(Indicator indicator) =>
        indicator.Qualifier == Qualifier.Nearly ? Qualified(indicator with { Qualifier = Qualifier.Approximately }) : Qualified(indicator);

    /// <summary>The compact value (<see cref="Compact"/>) cut around the figure, as <see cref="QualifiedParts(Indicator)"/> cuts it.</summary>
    public (string Before, string Figure, string After) CompactParts(Indicator indicator) =>
        QualifiedParts(indicator.Qualifier == Qualifier.Nearly ? indicator with { Qualifier = Qualifier.Approximately } : indicator);

    /// <summary>The number, with a plus when the figure is a rise.</summary>
    string Signed(Indicator indicator, int? decimals) =>
        (indicator.IsChange && indicator.Value > 0 ? "+" : "") + Number(indicator.Value, indicator.Unit, decimals);

    /// <summary>The qualifier as words for tables: "approximately", "more than", "exact".</summary>
    public string QualifierWords(Qualifier qualifier) => Words["qualifier." + qualifier switch
    {
        Qualifier.Approximately => "approximately",
        Qualifier.AtLeast => "atLeast",
        Qualifier.MoreThan => "moreThan",
        Qualifier.UpTo => "upTo",
        Qualifier.Nearly => "nearly",
        _ => "exact",
    }];

    /// <summary>The kind as a word: "actual", "forecast", "target"…</summary>
    public string KindWords(IndicatorKind kind) => Words["kind." + kind.ToString().ToLowerInvariant()];

    /// <summary>A period as a reader writes it: "2024/2025" → "2024–2025".</summary>
    public static string Period(string period) => period.Replace('/', '–');

    /// <summary>
    /// The index in <see cref="ScaleWords.Scales"/> of the scale a count is written at: the largest one
    /// not above it, and only when the scaled number needs at most three decimals (nothing is rounded
    /// away: 1,234,567 stays in digits). Null below a million.
    /// </summary>
    int? Scale(double value)
    {
        var index = Array.FindIndex(_scaleWords.Scales, s => Math.Abs(value) >= s);
        if (index < 0)
            return null;
        var scaled = value / _scaleWords.Scales[index];
        return Math.Abs(Math.Round(scaled, 3) - scaled) <= 1e-9 * Math.Abs(scaled) ? index : null;
    }

    /// <summary>Decimals the number of a figure shows on its own, at its scale ("6.5" → 1, "4.25" → 2, "7" → 0).</summary>
    int Decimals(Indicator indicator)
    {
        var scale = indicator.Unit.IsCount ? Scale(indicator.Value) : null;
        var value = scale is { } s ? indicator.Value / _scaleWords.Scales[s] : indicator.Value;
        if (indicator.Unit.IsYear || value % 1 == 0)
            return 0;
        var most = indicator.Unit.IsCount && scale is null ? 2 : 3;
        for (var d = 1; d < most; d++)
        {
            if (Math.Abs(Math.Round(value, d) - value) <= 1e-9 * Math.Max(1, Math.Abs(value)))
                return d;
        }

        return most;
    }

    string Scaled(double value, int scale, int? decimals)
    {
        var scaled = value / _scaleWords.Scales[scale];
        var text = scaled.ToString(decimals is { } d ? Fixed(d) : scaled % 1 == 0 ? "#,0" : "#,0.0##", Culture);
        return _scaleWords.Write(text, scale, scaled);
    }

    static string Fixed(int decimals) => decimals == 0 ? "#,0" : "#,0." + new string('0', decimals);
}
