using Reports.Cli.Running;

namespace Reports.Cli.Tests;

/// <summary>Runs the CLI in process in a scratch folder, capturing stdout, stderr and the exit code.</summary>
internal sealed class CliRun : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("reports-cli-").FullName;
    public Dictionary<string, string?> Environment { get; } = new() { ["SOURCE_DATE_EPOCH"] = null };
    public IReadOnlyList<IReportWriter>? Writers { get; init; }
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(30);
    public bool Terminal { get; init; }

    public string Out { get; private set; } = "";
    public string Error { get; private set; } = "";
    public int ExitCode { get; private set; } = -1;

    /// <summary>A scratch folder with input/ holding the seed dataset and its schema.</summary>
    public static CliRun WithSeed(IReadOnlyList<IReportWriter>? writers = null, bool terminal = false)
    {
        var run = new CliRun { Writers = writers, Terminal = terminal };
        var input = Directory.CreateDirectory(Path.Combine(run.Folder, "input")).FullName;
        foreach (var file in Directory.GetFiles(Repository.Path("input")))
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        return run;
    }

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public int Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, name => Environment.GetValueOrDefault(name), Folder, Terminal) { Writers = Writers, LockWait = LockWait };
        ExitCode = CliApp.Run(args, context);
        (Out, Error) = (stdout.ToString(), stderr.ToString());
        return ExitCode;
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
