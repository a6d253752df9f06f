using System.Globalization;

namespace Reports.Domain.Validation;

/// <summary>Plausibility of dates and periods: real calendar dates, years a report can be about.</summary>
internal static class Periods
{
    public const int EarliestYear = 1900;
    public const int LatestYear = 2100;

    /// <summary>Null when the period ("2024", "2025-05", "2025-05-08", "2024/2025") is plausible, else why not.</summary>
    public static string? Problem(string period)
    {
        var parts = period.Split('/');
        var starts = new List<DateOnly>();
        foreach (var part in parts)
        {
            if (Start(part) is not { } start)
                return $"\"{part}\" is not a real calendar date or month.";
            if (start.Year is < EarliestYear or > LatestYear)
                return $"The year {start.Year} is outside {EarliestYear}–{LatestYear}.";
            starts.Add(start);
        }
        return starts.Count == 2 && starts[0] > starts[1] ? "The period ends before it starts." : null;
    }

    /// <summary>Parses YYYY-MM-DD strictly (2025-02-30 is rejected).</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    static DateOnly? Start(string part) => part.Length switch
    {
        4 => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1 ? new DateOnly(y, 1, 1) : null,
        7 => DateOnly.TryParseExact(part + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : null,
        _ => Date(part),
    };
}
