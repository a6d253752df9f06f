using System.Globalization;

namespace Reports.Cli.Commands;

/// <summary>What a generate run was asked to do, parsed and checked.</summary>
/// <param name="SourceDateEpoch">The SOURCE_DATE_EPOCH timestamp, when set; otherwise dates come from each dataset.</param>
internal sealed record GenerateSettings(
    IReadOnlyList<string> Inputs,
    string OutDirectory,
    IReadOnlyList<ReportFormatKind> Formats,
    CultureInfo Culture,
    string PageSize,
    IReadOnlyList<string> FontDirectories,
    string Appendix,
    bool IfChanged,
    int Parallel,
    Shard? Shard,
    OutputMode Mode,
    DateTimeOffset? SourceDateEpoch);

internal enum ReportFormatKind { Pdf, Xlsx }

/// <summary>How much to print: --quiet (errors only), --json (summary as JSON), --verbose (stack traces).</summary>
internal sealed record OutputMode(bool Quiet, bool Json, bool Verbose);
