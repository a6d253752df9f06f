using System.Diagnostics;

namespace Reports.Cli.Tests;

/// <summary>Runs the built CLI as a separate process, for what cannot be faked in process: time zone, locale, SIGKILL.</summary>
internal static class ProcessRun
{
    static string Cli => Path.Combine(AppContext.BaseDirectory, "reports.dll");

    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Cli);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        start.Environment.Remove("CI");
        return Process.Start(start)!;
    }

    public static (int ExitCode, string Out, string Error) Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"reports {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
