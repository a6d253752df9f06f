using System.Globalization;

namespace Reports.Domain.Formatting;

/// <summary>
/// Writes dates the same way in the brief and the workbook: "8 May 2025", and a summit of several days
/// as a range: "22–24 October 2024", "30 September – 2 October 2024", "30 December 2024 – 2 January 2025".
/// Month names come from the culture (in the form a day takes: "22–24 октября 2024").
/// </summary>
public sealed class DateFormatter(CultureInfo culture)
{
    public static DateFormatter Default { get; } = new(CultureInfo.GetCultureInfo("en-GB"));

    public CultureInfo Culture { get; } = culture;

    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>One day when <paramref name="end"/> is null or the same day; otherwise the shortest range that reads unambiguously.</summary>
    public string Range(DateOnly start, DateOnly? end)
    {
        if (end is not { } last || last == start)
            return Date(start);
        if (start.Year != last.Year)
            return $"{Date(start)} – {Date(last)}";
        if (start.Month != last.Month)
            return $"{start.ToString("d MMMM", Culture)} – {Date(last)}";
        return $"{start.ToString("%d", Culture)}–{Date(last)}";
    }

    /// <summary>When the summit took place: its day, or its first to its last day.</summary>
    public string Event(Model.SummitEvent e) => Range(e.Date, e.EndDate);
}
