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
    /// <summary>Located warnings ("file:line:col: $.path: warning: …"): the dataset was still processed.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>One file written, as recorded in the manifest.</summary>
internal sealed record OutputFile(string Path, string Format, string Sha256, long Bytes, int? Pages, int? Rows, int NeutralisedCells);
