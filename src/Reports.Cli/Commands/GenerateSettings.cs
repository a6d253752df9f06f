using System.Globalization;
using Reports.Domain.Wording;

namespace Reports.Cli.Commands;

/// <summary>What a generate run was asked to do, parsed and checked.</summary>
/// <param name="SourceDateEpoch">The SOURCE_DATE_EPOCH timestamp, when set; otherwise dates come from each dataset.</param>
/// <param name="Compare">Whether the reports show what changed since an earlier edition (off with --no-compare).</param>
/// <param name="CompareTo">The earlier edition given with --compare-to (absolute path); null compares each dataset
/// with the snapshot the previous run kept.</param>
/// <param name="Culture">--culture; null: the culture of the reports' language.</param>
/// <param name="Language">--language; null: each dataset's own `language` when there is a catalog for it, else English.</param>
/// <param name="PdfStandard">What the PDF claims, as given to --pdf-standard (one of <see cref="PdfStandards.Names"/>).</param>
/// <param name="IgnoreSystemFonts">--ignore-system-fonts: draw with the shipped fonts and --fonts alone.</param>
internal sealed record GenerateSettings(
    IReadOnlyList<string> Inputs,
    string OutDirectory,
    IReadOnlyList<ReportFormatKind> Formats,
    CultureInfo? Culture,
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
    string PdfStandard = PdfStandards.Default,
    Language? Language = null,
    bool IgnoreSystemFonts = false)
{
    /// <summary>The --brand file (absolute path); null finds _brand.yml beside each dataset, then in input/.</summary>
    public string? Brand { get; init; }

    /// <summary>--marking: replaces the brand's marking for this run.</summary>
    public string? Marking { get; init; }

    /// <summary>--watermark: replaces the brand's watermark for this run.</summary>
    public string? Watermark { get; init; }
}

internal enum ReportFormatKind { Pdf, Xlsx }

/// <summary>How much to print: --quiet (errors only), --json (summary as JSON), --verbose (stack traces).</summary>
internal sealed record OutputMode(bool Quiet, bool Json, bool Verbose);
