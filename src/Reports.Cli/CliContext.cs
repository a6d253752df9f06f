namespace Reports.Cli;

/// <summary>
/// Everything the CLI takes from its process: streams, environment and working folder. Tests pass their
/// own so commands run in process, in parallel, without touching the real console or environment.
/// </summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, Func<string, string?> Environment, string WorkingDirectory, bool OutputIsTerminal)
{
    /// <summary>Replaces the real report writers (tests inject failing ones); null uses the real ones.</summary>
    public IReadOnlyList<Running.IReportWriter>? Writers { get; init; }

    /// <summary>How long a run waits for another run to release the output folder.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(30);

    public static CliContext FromProcess() => new(
        Console.Out, Console.Error, System.Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory(),
        !Console.IsOutputRedirected && !Console.IsErrorRedirected);

    /// <summary>A path the user typed, made absolute against the working folder.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A path as the user should read it: relative to the working folder when inside it.</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
