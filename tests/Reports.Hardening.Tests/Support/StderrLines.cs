using System.Text.RegularExpressions;

namespace Reports.Hardening.Tests.Support;

/// <summary>
/// The lines of a run's stderr. A located warning ("file:line:col: $.path: warning: …", e.g. a chart whose
/// bars differ too much to read) is not a problem: the dataset is still valid and the run exits 0.
/// </summary>
internal static partial class StderrLines
{
    public static string[] All(string stderr) => stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Every line but the located warnings.</summary>
    public static string[] Problems(string stderr) => [.. All(stderr).Where(line => !Warning().IsMatch(line))];

    [GeneratedRegex(@"^.+?:\d+:\d+: \$.*?: warning: ")]
    private static partial Regex Warning();
}
