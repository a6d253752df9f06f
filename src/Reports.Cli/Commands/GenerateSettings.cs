using System.Globalization;

namespace Reports.Cli.Commands;

/// <summary>What a generate run was asked to do, parsed and checked.</summary>
/// <param name="SourceDateEpoch">The SOURCE_DATE_EPOCH timestamp, when set; otherwise dates come from each dataset.</param>
/// <param name="Compare">Whether the reports show what changed since an earlier edition (off with --no-compare).</param>
/// <param name="CompareTo">The earlier edition given with --compare-to (absolute path); null compares each dataset
/// with the snapshot the previous run kept.</param>
/// <param name="IgnoreSystemFonts">--ignore-system-fonts: draw with the shipped fonts and --fonts alone.</param>
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
    DateTimeOffset? SourceDateEpoch,
    bool Compare = true,
    string? CompareTo = null,
    bool IgnoreSystemFonts = false);

internal enum ReportFormatKind { Pdf, Xlsx }

/// <summary>How much to print: --quiet (errors only), --json (summary as JSON), --verbose (stack traces).</summary>
internal sealed record OutputMode(bool Quiet, bool Json, bool Verbose);
