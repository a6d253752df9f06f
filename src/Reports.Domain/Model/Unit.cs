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
