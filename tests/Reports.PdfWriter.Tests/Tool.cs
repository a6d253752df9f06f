using System.Diagnostics;

namespace Reports.PdfWriter.Tests;

/// <summary>Runs a command-line checker (qpdf, pdfinfo, pdffonts, mutool) and returns its exit code and output.</summary>
internal static class Tool
{
    public static (int Exit, string Output) Run(string command, params string[] args)
    {
        Prerequisite.RequireTool(command);
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Saves the document, runs the checker on it, and deletes it.</summary>
    public static (int Exit, string Output) On(Written document, string command, params string[] args)
    {
        var path = document.Save();
        try
        {
            return Run(command, [.. args.Select(a => a == "{file}" ? path : a)]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
