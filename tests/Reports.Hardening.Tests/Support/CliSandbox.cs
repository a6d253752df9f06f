using System.Diagnostics;
using Reports.Cli;

namespace Reports.Hardening.Tests.Support;

/// <summary>What one in-process run of the CLI printed and returned.</summary>
internal sealed record CliResult(string[] Args, int ExitCode, string Out, string Error, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"reports {string.Join(' ', Args)} → exit {ExitCode} in {Elapsed.TotalSeconds:0.00} s\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}

/// <summary>
/// A scratch working folder the CLI runs in, in process, with its own streams and environment. Each run
/// has a deadline: a run that does not return in time fails the test as a hang (the thread cannot be
/// killed, but the test does not wait for it).
/// </summary>
internal sealed class CliSandbox : IDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public CliSandbox(string? folder = null)
    {
        Folder = folder ?? Directory.CreateTempSubdirectory("reports-hardening-").FullName;
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>Environment the CLI sees; SOURCE_DATE_EPOCH unset so dates come from the dataset.</summary>
    public Dictionary<string, string?> Environment { get; } = new() { ["SOURCE_DATE_EPOCH"] = null };

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public string Input(string name) => PathOf(Path.Combine("input", name));

    public string Output(string name) => PathOf(Path.Combine("output", name));

    /// <summary>Writes a dataset into input/ and returns its path relative to the working folder.</summary>
    public string AddInput(string name, byte[] bytes)
    {
        Directory.CreateDirectory(PathOf("input"));
        File.WriteAllBytes(Input(name), bytes);
        return Path.Combine("input", name);
    }

    public CliResult Run(params string[] args) => Run(DefaultTimeout, args);

    public CliResult Run(TimeSpan timeout, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, name => Environment.GetValueOrDefault(name), Folder, OutputIsTerminal: false);
        var clock = Stopwatch.StartNew();
        var task = Task.Factory.StartNew(() => CliApp.Run(args, context), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!task.Wait(timeout))
            throw new TimeoutException($"reports {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:0} s in {Folder} (a hang).");
        // An exception escaping CliApp.Run is itself a failure: the CLI must map everything to an exit code.
        var exit = task.GetAwaiter().GetResult();
        return new CliResult(args, exit, stdout.ToString(), stderr.ToString(), clock.Elapsed);
    }

    /// <summary>Every file under the folder (relative path → SHA-256), for "nothing changed" checks.</summary>
    public SortedDictionary<string, string> Snapshot(string relativeFolder = "")
    {
        var root = PathOf(relativeFolder);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
            return files;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(Folder, file)] = Hashes.Of(File.ReadAllBytes(file));
        return files;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

internal static class Hashes
{
    public static string Of(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}
