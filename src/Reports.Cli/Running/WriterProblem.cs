namespace Reports.Cli.Running;

/// <summary>A problem in the dataset that stops a format from being made, at the JSON path it comes from.</summary>
internal sealed record WriterProblem(string Path, string Problem, string? Expected);
