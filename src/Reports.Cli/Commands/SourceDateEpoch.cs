using System.Globalization;

namespace Reports.Cli.Commands;

/// <summary>
/// The reproducible-builds convention: SOURCE_DATE_EPOCH (seconds since 1970, UTC) fixes every date a
/// report records, so identical input gives identical bytes. See reproducible-builds.org/specs.
/// </summary>
internal static class SourceDateEpoch
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    public static DateTimeOffset? Read(Func<string, string?> environment)
    {
        var text = environment(Variable);
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799)
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        throw new UsageException($"{Variable}=\"{text}\" is not a count of seconds since 1970-01-01 UTC, e.g. 1746662400.");
    }
}
