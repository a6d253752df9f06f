using System.Globalization;

namespace Reports.Domain.Wording;

/// <summary>
/// A language the reports write their own words in (the six UN languages), with the culture its numbers
/// and dates default to and the direction it is read in.
/// </summary>
/// <param name="LatinSeparators">The default culture writes Latin digits with its own script's decimal and group
/// separators (.NET's ar-EG: "1٫6"); the brief writes them the Latin way ("1.6", "51,000").</param>
public sealed record Language(string Code, string Name, string DefaultCulture, bool RightToLeft = false, bool LatinSeparators = false)
{
    public static Language English { get; } = new("en", "English", "en-GB");

    /// <summary>Every language with a catalog, in the order the UN lists its official languages.</summary>
    public static IReadOnlyList<Language> All { get; } =
    [
        new("ar", "العربية", "ar-EG", RightToLeft: true, LatinSeparators: true),
        new("zh", "中文", "zh-CN"),
        English,
        new("fr", "Français", "fr-FR"),
        new("ru", "Русский", "ru-RU"),
        new("es", "Español", "es-ES"),
    ];

    /// <summary>The language of a code ("ru") or a tag ("ru-RU", "zh-Hans"); null when there is no catalog for it.</summary>
    public static Language? Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        var primary = code.Trim().Split('-', '_')[0];
        return All.FirstOrDefault(l => string.Equals(l.Code, primary, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The codes, for help and error messages: "ar, zh, en, fr, ru, es".</summary>
    public static string Codes => string.Join(", ", All.Select(l => l.Code));

    /// <summary>
    /// The culture numbers and dates take for this language: the default, or the one asked for, always with
    /// the Gregorian calendar (ar-SA's default is the Hijri calendar, which a brief on a dated event must not switch to).
    /// </summary>
    public CultureInfo Culture(CultureInfo? asked = null)
    {
        var culture = (CultureInfo)(asked ?? CultureInfo.GetCultureInfo(DefaultCulture)).Clone();
        if (asked is null && LatinSeparators)
        {
            var numbers = culture.NumberFormat;
            numbers.NumberDecimalSeparator = numbers.PercentDecimalSeparator = numbers.CurrencyDecimalSeparator = ".";
            numbers.NumberGroupSeparator = numbers.PercentGroupSeparator = numbers.CurrencyGroupSeparator = ",";
        }
        if (culture.DateTimeFormat.Calendar is not GregorianCalendar)
        {
            var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() ?? new GregorianCalendar();
            culture.DateTimeFormat.Calendar = gregorian;
        }
        return CultureInfo.ReadOnly(culture);
    }
}
