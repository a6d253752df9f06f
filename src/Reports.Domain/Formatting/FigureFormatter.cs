using System.Globalization;
using Reports.Domain.Model;

namespace Reports.Domain.Formatting;

/// <summary>
/// Writes figures the same way everywhere in a brief: "245", "1.6 million", "51,000", with the
/// qualifier shown ("~USD 200 bn", "7+ hours"). Culture comes from options, never from the host.
/// </summary>
public sealed class FigureFormatter(CultureInfo culture)
{
    public static FigureFormatter Default { get; } = new(CultureInfo.GetCultureInfo("en-GB"));

    public CultureInfo Culture { get; } = culture;

    /// <summary>The number alone: "245", "1.6 million", "51,000", "2030".</summary>
    public string Number(double value, Unit unit)
    {
        if (unit.IsYear)
            return value.ToString("0", Culture);
        if (unit.IsCount && Math.Abs(value) >= 1_000_000)
            return Scaled(value, 1_000_000, "million");
        if (unit.IsCount)
            return value.ToString(value % 1 == 0 ? "#,0" : "#,0.##", Culture);
        return value.ToString(value % 1 == 0 ? "#,0" : "#,0.0##", Culture);
    }

    /// <summary>Number with its unit: "USD 245 bn", "31 bcm", "1.6 million"; a rise with a plus ("+1.5 pp").</summary>
    public string Value(Indicator indicator) =>
        indicator.Unit.Prefix + Signed(indicator) + indicator.Unit.Suffix;

    /// <summary>Value with its qualifier, as running text writes it: "~USD 200 bn", "7+ hours", "nearly 36", "up to 36".</summary>
    public string Qualified(Indicator indicator)
    {
        var number = Signed(indicator);
        var unit = indicator.Unit;
        return indicator.Qualifier switch
        {
            Qualifier.Approximately => "~" + unit.Prefix + number + unit.Suffix,
            // "7+ hours", but "41%+": a plus never splits a number from a symbol glued to it.
            Qualifier.MoreThan => unit.Suffix.StartsWith(' ') || unit.Suffix.Length == 0
                ? unit.Prefix + number + "+" + unit.Suffix
                : unit.Prefix + number + unit.Suffix + "+",
            Qualifier.AtLeast => "at least " + unit.Prefix + number + unit.Suffix,
            Qualifier.UpTo => "up to " + unit.Prefix + number + unit.Suffix,
            Qualifier.Nearly => "nearly " + unit.Prefix + number + unit.Suffix,
            _ => unit.Prefix + number + unit.Suffix,
        };
    }

    /// <summary>
    /// The value as a card or a data label shows it, where words do not fit: as <see cref="Qualified"/>,
    /// but "nearly 36" becomes "~36" (just below the value reads as about it, never as a ceiling).
    /// </summary>
    public string Compact(Indicator indicator) =>
        indicator.Qualifier == Qualifier.Nearly ? Qualified(indicator with { Qualifier = Qualifier.Approximately }) : Qualified(indicator);

    /// <summary>The number, with a plus when the figure is a rise.</summary>
    string Signed(Indicator indicator) =>
        (indicator.IsChange && indicator.Value > 0 ? "+" : "") + Number(indicator.Value, indicator.Unit);

    /// <summary>The qualifier as words for tables: "approximately", "more than", "exact".</summary>
    public static string QualifierWords(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Approximately => "approximately",
        Qualifier.AtLeast => "at least",
        Qualifier.MoreThan => "more than",
        Qualifier.UpTo => "up to",
        Qualifier.Nearly => "nearly",
        _ => "exact",
    };

    public static string KindWords(IndicatorKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>A period as a reader writes it: "2024/2025" → "2024–2025".</summary>
    public static string Period(string period) => period.Replace('/', '–');

    string Scaled(double value, double scale, string word)
    {
        var scaled = value / scale;
        var text = scaled.ToString(scaled % 1 == 0 ? "#,0" : "#,0.0##", Culture);
        return text + " " + word;
    }
}
