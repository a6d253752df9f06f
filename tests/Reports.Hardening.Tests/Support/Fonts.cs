using System.Diagnostics;

namespace Reports.Hardening.Tests.Support;

/// <summary>What fonts this machine has, found independently of the product's own font discovery.</summary>
internal static class Fonts
{
    static readonly string[] CjkFileHints = ["cjk", "wqy", "droidsansfallback", "sourcehan", "notosanssc", "notoserifsc", "ipag"];

    /// <summary>
    /// True when a font for Chinese is installed: <c>fc-list :lang=zh</c> lists one, or (without
    /// fontconfig) a CJK font file sits in a usual font folder.
    /// </summary>
    public static bool CjkInstalled()
    {
        if (FcList(":lang=zh") is { } listed)
            return listed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 0;
        string[] roots = ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts")];
        return roots.Where(Directory.Exists)
            .SelectMany(r => Directory.EnumerateFiles(r, "*", SearchOption.AllDirectories))
            .Any(f => CjkFileHints.Any(h => Path.GetFileName(f).Contains(h, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>fc-list's output, or null when fontconfig is not installed.</summary>
    static string? FcList(string pattern)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("fc-list", [pattern, "file"]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            if (process is null)
                return null;
            var output = process.StandardOutput.ReadToEnd();
            return process.WaitForExit(10_000) && process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
