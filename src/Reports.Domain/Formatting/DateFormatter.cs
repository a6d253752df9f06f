using System.Globalization;
using Reports.Domain.Wording;

namespace Reports.Domain.Formatting;

/// <summary>
/// Writes dates the same way in the brief and the workbook, in the language's pattern: "8 May 2025",
/// "8 мая 2025 г.", "2025年5月8日"; a summit of several days as a range: "22–24 October 2024",
/// "30 September – 2 October 2024", "30 December 2024 – 2 January 2025". Month names come from the
/// culture (in the form a day takes: "22–24 октября 2024 г."), the calendar is always Gregorian.
/// </summary>
public sealed class DateFormatter
{
    readonly Words _words;

    /// <param name="culture">Month names; its calendar is replaced by the Gregorian one where it differs.</param>
    /// <param name="words">The patterns; by default the culture's language when it has a catalog, else English.</param>
    public DateFormatter(CultureInfo culture, Words? words = null)
    {
        _words = words ?? Words.ForCulture(culture);
        Culture = culture.DateTimeFormat.Calendar is GregorianCalendar ? culture : _words.Language.Culture(culture);
    }

    public static DateFormatter Default { get; } = new(CultureInfo.GetCultureInfo("en-GB"));

    public CultureInfo Culture { get; }

    public string Date(DateOnly date) => date.ToString(_words["date.pattern"], Culture);

    /// <summary>One day when <paramref name="end"/> is null or the same day; otherwise the shortest range that reads unambiguously.</summary>
    public string Range(DateOnly start, DateOnly? end)
    {
        if (end is not { } last || last == start)
            return Date(start);
        var part = start.Year != last.Year ? "otherYear" : start.Month != last.Month ? "sameYear" : "sameMonth";
        return _words.Format($"date.{part}",
            ("start", start.ToString(_words[$"date.{part}.start"], Culture)),
            ("end", last.ToString(_words[$"date.{part}.end"], Culture)));
    }

    /// <summary>When the summit took place: its day, or its first to its last day.</summary>
    public string Event(Model.SummitEvent e) => Range(e.Date, e.EndDate);
}
