using Reports.Domain.Model;

namespace Reports.Domain.Formatting;

/// <summary>A unit's suffix in the singular for a figure of one: "1 hour", "1 day", "1 year", "1 hour a day".</summary>
internal static class UnitWords
{
    static readonly Dictionary<string, string> Singular = new(StringComparer.Ordinal)
    {
        ["hours"] = "hour",
        ["days"] = "day",
        ["years"] = "year",
        ["weeks"] = "week",
        ["months"] = "month",
        ["minutes"] = "minute",
        ["points"] = "point",
    };

    public static string Suffix(Unit unit, double value)
    {
        if (Math.Abs(value) != 1 || unit.Suffix.Length == 0)
            return unit.Suffix;
        return string.Join(' ', unit.Suffix.Split(' ').Select(word => Singular.GetValueOrDefault(word, word)));
    }
}
