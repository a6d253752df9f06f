using System.Globalization;
using Reports.Cli.Commands;
using Reports.Domain.Changes;
using Reports.Domain.Model;
using Reports.Domain.Wording;

namespace Reports.Cli.Running;

/// <summary>One output format of a dataset (the PDF brief, the workbook).</summary>
internal interface IReportWriter
{
    ReportFormatKind Kind { get; }

    /// <summary>File extension with the dot, e.g. ".pdf".</summary>
    string Extension { get; }

    /// <summary>Problems in the dataset that would stop this format from being made (e.g. a character no
    /// font can draw), each at its JSON path; checked for every format, by validate and generate alike,
    /// before anything is written.</summary>
    IReadOnlyList<WriterProblem> Check(Summit summit, ReportRequest request);

    WriterOutcome Write(Summit summit, ReportRequest request, Stream output);
}

/// <summary>What a writer needs besides the summit: where it came from, the fixed timestamp, what changed.</summary>
/// <param name="GeneratedAt">SOURCE_DATE_EPOCH when set, else the dataset's date; never the clock.</param>
/// <param name="Changes">What changed since the earlier edition; null when there is no earlier edition to
/// compare with (the reports then have no change section).</param>
/// <param name="Brand">The look: the brand file that applies, with the run's --marking and --watermark.</param>
internal sealed record ReportRequest(string InputPath, string InputSha256, DateTimeOffset GeneratedAt, GenerateSettings Settings, ChangeSet? Changes = null, Domain.Branding.Brand? Brand = null)
{
    /// <summary>The language of the reports' own words: --language, else the dataset's when there is a catalog for it, else English.</summary>
    public Language LanguageOf(Summit summit) => Settings.Language ?? Language.Find(summit.Language) ?? Language.English;

    /// <summary>How numbers and dates are written: --culture, else the language's culture (always Gregorian).</summary>
    public CultureInfo CultureOf(Summit summit) => LanguageOf(summit).Culture(Settings.Culture);
}

/// <summary>What a writer reports back for the run summary and the manifest.</summary>
internal sealed record WriterOutcome(int? Pages = null, int? Rows = null, int NeutralisedCells = 0, IReadOnlyList<Reports.Text.UsedFont>? Fonts = null);
