namespace Reports.Domain.Model;

/// <summary>A unit a figure can be measured in, with how it is written next to a number.</summary>
/// <param name="Id">The name used in datasets, e.g. "USD bn".</param>
/// <param name="Prefix">Written before the number ("USD "), or empty.</param>
/// <param name="Suffix">Written after the number (" bcm"), or empty.</param>
/// <param name="AxisTitle">The unit spelled out for a chart axis ("USD billion").</param>
/// <param name="Decimals">Decimal places a reader expects (USD bn: 1; counts: 0).</param>
/// <param name="IsCount">Whole things (people, events): large values may be written "1.6 million".</param>
/// <param name="IsYear">A calendar year: written without thousands separators.</param>
public sealed record Unit(
    string Id,
    string Prefix,
    string Suffix,
    string AxisTitle,
    int Decimals,
    bool IsCount = false,
    bool IsYear = false);

/// <summary>The units datasets may use. A dataset naming any other unit is invalid.</summary>
public static class Units
{
    public static IReadOnlyList<Unit> All { get; } =
    [
        new("USD bn", "USD ", " bn", "USD billion", 1),
        new("USD m", "USD ", " m", "USD million", 1),
        new("EUR bn", "EUR ", " bn", "EUR billion", 1),
        new("CNY bn", "CNY ", " bn", "CNY billion", 1),
        new("RUB bn", "RUB ", " bn", "RUB billion", 1),
        new("bcm", "", " bcm", "billion cubic metres", 1),
        new("million tonnes", "", " mt", "million tonnes", 1),
        new("tonnes", "", " t", "tonnes", 0),
        new("km", "", " km", "kilometres", 0),
        new("percent", "", "%", "percent", 1),
        new("people", "", "", "people", 0, IsCount: true),
        new("count", "", "", "number", 0, IsCount: true),
        new("hours", "", " hours", "hours", 0),
        new("hours per day", "", " hours a day", "hours a day", 0),
        new("days", "", " days", "days", 0),
        new("years", "", " years", "years", 0),
        new("year", "", "", "year", 0, IsYear: true),
    ];

    /// <summary>The unit with this id, or null when no such unit is known.</summary>
    public static Unit? Find(string id) => All.FirstOrDefault(u => u.Id == id);
}
