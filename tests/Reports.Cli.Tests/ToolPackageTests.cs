using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Reports.Cli.Tests;

/// <summary>
/// The CLI is a .NET tool: packed, installed into a tool path and run as `reports`, as users get it.
/// </summary>
/// <remarks>
/// Packs the framework-dependent tool from the build the tests run on (no rebuild, no restore: about ten
/// seconds, hence the trait; filter it out with <c>--filter Speed!=Slow</c>). The NativeAOT package for
/// linux-x64 takes minutes to compile; bench/cold-run.sh packs, installs and runs that one.
/// </remarks>
[Trait("Speed", "Slow")]
public sealed partial class ToolPackageTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("reports-tool-").FullName;

    [Fact]
    public void The_packed_tool_installs_into_a_tool_path_and_reports_its_version()
    {
        var packages = Path.Combine(folder, "packages");
        var tools = Path.Combine(folder, "tools");

        Run("dotnet", "pack", Repository.Path("src", "Reports.Cli"), "-c", TestConfiguration(), "--no-build",
            "-p:ToolPackageRuntimeIdentifiers=", "-o", packages);
        Run("dotnet", "tool", "install", "--tool-path", tools, "--source", packages, "Reports.Cli");
        var version = Run(Path.Combine(tools, "reports"), "--version");

        Directory.GetFiles(packages).Select(Path.GetFileName).ShouldBe([$"Reports.Cli.{VersionInBuildProps()}.nupkg"]);
        version.Trim().ShouldBe(VersionInBuildProps());
    }

    /// <summary>The version the build files give the tool (Directory.Build.props), not one the tool reports.</summary>
    static string VersionInBuildProps() =>
        VersionElement().Match(File.ReadAllText(Repository.Path("Directory.Build.props"))).Groups[1].Value;

    /// <summary>Debug or Release: the configuration these tests (and so the CLI beside them) were built in.</summary>
    static string TestConfiguration() =>
        new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    static string Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} {string.Join(' ', args)} did not finish in 3 minutes");
        }
        process.ExitCode.ShouldBe(0, $"{command} {string.Join(' ', args)}\n{output.Result}\n{error.Result}");
        return output.Result;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [GeneratedRegex(@"<Version>([^<]+)</Version>")]
    private static partial Regex VersionElement();
}
