using System.Text.RegularExpressions;

namespace Reports.Domain.Model;

/// <summary>
/// The units datasets may use: the named ones below, and money in any ISO 4217 currency, alone or in
/// millions, billions or trillions ("JPY", "SAR m", "USD bn", "KRW tn"). A dataset naming any other unit is invalid.
/// </summary>
public static partial class Units
{
    /// <summary>The units with a fixed name (money units are made from their currency code).</summary>
    public static IReadOnlyList<Unit> Named { get; } =
    [
        new("bcm", "", " bcm", "billion cubic metres", 1),
        new("million tonnes", "", " mt", "million tonnes", 1),
        new("tonnes", "", " t", "tonnes", 0),
        new("km", "", " km", "kilometres", 0),
        new("percent", "", "%", "percent", 1),
        new("percentage points", "", " pp", "percentage points", 1),
        new("people", "", "", "people", 0, IsCount: true),
        new("count", "", "", "number", 0, IsCount: true),
        new("hours", "", " hours", "hours", 0),
        new("hours per day", "", " hours a day", "hours a day", 0),
        new("days", "", " days", "days", 0),
        new("years", "", " years", "years", 0),
        new("year", "", "", "year", 0, IsYear: true),
        new("GB", "", " GB", "gigabytes", 1),
        new("TB", "", " TB", "terabytes", 1),
        new("PB", "", " PB", "petabytes", 1),
    ];

    /// <summary>The units schema 1.0 defined; a file declaring 1.0 may use no other.</summary>
    public static IReadOnlySet<string> InSchema10 { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "USD bn", "USD m", "EUR bn", "CNY bn", "RUB bn", "bcm", "million tonnes", "tonnes", "km", "percent",
        "people", "count", "hours", "hours per day", "days", "years", "year",
    };

    /// <summary>How a dataset writes money units, for messages.</summary>
    public const string MoneyForm = "an ISO 4217 currency code, alone or with m, bn or tn (\"JPY\", \"SAR m\", \"USD bn\", \"KRW tn\")";

    /// <summary>The unit with this id, or null when no such unit is known.</summary>
    public static Unit? Find(string id)
    {
        // Each indicator's unit is looked up by the rules, the version check and the mapper, and a large dataset
        // repeats a few units; a unit is immutable, so one instance per id serves them all.
        if (Found.TryGetValue(id, out var unit))
            return unit;
        unit = Named.FirstOrDefault(u => u.Id == id) ?? Money(id);
        if (Found.Count < FoundLimit)
            Found.TryAdd(id, unit);
        return unit;
    }

    /// <summary>Ids remembered at most (a dataset of made-up units must not grow the memory of a long run).</summary>
    const int FoundLimit = 4096;

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Unit?> Found = new(StringComparer.Ordinal);

    static Unit? Money(string id)
    {
        var match = MoneyPattern().Match(id);
        if (!match.Success || !Currencies.Codes.Contains(match.Groups["code"].Value))
            return null;
        var code = match.Groups["code"].Value;
        return match.Groups["scale"].Value switch
        {
            "m" => new(id, code + " ", " m", code + " million", 1),
            "bn" => new(id, code + " ", " bn", code + " billion", 1),
            "tn" => new(id, code + " ", " tn", code + " trillion", 1),
            _ => new(id, code + " ", "", code, 0),
        };
    }

    [GeneratedRegex("^(?<code>[A-Z]{3})(?: (?<scale>m|bn|tn))?$")]
    private static partial Regex MoneyPattern();
}
