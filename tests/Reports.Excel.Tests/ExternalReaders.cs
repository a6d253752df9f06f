using System.Diagnostics;
using System.Text.Json;

namespace Reports.Excel.Tests;

/// <summary>
/// Runs the spreadsheet readers recipients use (ExcelJS and SheetJS under Node, openpyxl under Python) on a
/// workbook file, through the small scripts in Readers/. A reader that is not installed fails the test when
/// CI=true and is a visible skip otherwise: it never passes unseen.
/// </summary>
internal static class ExternalReaders
{

    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tests", "Reports.Excel.Tests", "Readers");

    /// <summary>What a reader saw: the sheet names, and per cell asked for its value and number format.</summary>
    public sealed record Reading(IReadOnlyList<string> Sheets, IReadOnlyList<JsonElement> Values, string? Application);

    /// <summary>Reads <paramref name="cells"/> ("Sheet!A1") with "exceljs", "sheetjs" or "openpyxl".</summary>
    public static Reading Read(string reader, string file, params string[] cells)
    {
        var (program, script) = reader == "openpyxl" ? (Python(), "read.py") : (Node(), "read.js");
        string[] arguments = reader == "openpyxl" ? [script, file, .. cells] : [script, reader, file, .. cells];
        var output = Run(program, arguments);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        return new Reading(
            root.GetProperty("sheets").EnumerateArray().Select(s => s.GetString()!).ToList(),
            root.GetProperty("values").EnumerateArray().Select(v => v.Clone()).ToList(),
            root.TryGetProperty("application", out var app) && app.ValueKind == JsonValueKind.String ? app.GetString() : null);
    }

    static string Node()
    {
        var node = OnPath("node");
        Prerequisite.Require(node is not null && Directory.Exists(Path.Combine(Folder, "node_modules", "exceljs")) && Directory.Exists(Path.Combine(Folder, "node_modules", "xlsx")),
            "Node.js with the readers' packages (exceljs, xlsx)");
        return node!;
    }

    // Debian's python3 carries python3-openpyxl; a python3 earlier on PATH (pyenv, a venv) may not.
    static string Python()
    {
        var python = new[] { "/usr/bin/python3", OnPath("python3") }.OfType<string>().Where(File.Exists)
            .FirstOrDefault(p => TryRun(p, ["-c", "import openpyxl"]));
        Prerequisite.Require(python is not null, "Python 3 with openpyxl (python3-openpyxl)");
        return python!;
    }

    static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    static bool TryRun(string program, string[] arguments)
    {
        try
        {
            Run(program, arguments);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    static string Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds} s.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {stderr.Result.Trim()}");
        return stdout.Result;
    }

    static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Reports.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository (Reports.sln not found).");
    }
}
