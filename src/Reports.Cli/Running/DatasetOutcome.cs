namespace Reports.Cli.Running;

/// <summary>How one dataset fared in a run.</summary>
internal sealed record DatasetOutcome(
    string InputPath,
    string? InputSha256,
    int ExitCode,
    bool Skipped,
    IReadOnlyList<OutputFile> Outputs,
    IReadOnlyList<string> Errors,
    IReadOnlyDictionary<string, double> StageSeconds)
{
    /// <summary>Problems that did not stop the dataset, printed as "warning: …": located warnings on the data
    /// ("file:line:col: $.path: warning: …") and an unreadable snapshot.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The date the reports record, for the manifest.</summary>
    public DateOnly? ReportDate { get; init; }

    /// <summary>The snapshot of the dataset kept for the next run, once written.</summary>
    public OutputFile? Snapshot { get; init; }

    /// <summary>What the reports were compared with; null when they have no change section.</summary>
    public Comparing.ComparisonRecord? Comparison { get; init; }

    /// <summary>The brand file the reports were made with, and the hash of it and its assets; null for the built-in look.</summary>
    public Branding.BrandRecord? Brand { get; init; }

    /// <summary>How many changes the reports show (indicators, other entries and the event date).</summary>
    public int ChangeCount { get; init; }
}

/// <summary>One file written, as recorded in the manifest.</summary>
internal sealed record OutputFile(string Path, string Format, string Sha256, long Bytes, int? Pages, int? Rows, int NeutralisedCells)
{
    /// <summary>The font files a PDF was drawn with, each with its hash; null for a workbook.</summary>
    public IReadOnlyList<Reports.Text.UsedFont>? Fonts { get; init; }
}
