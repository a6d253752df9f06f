using System.Security.Cryptography;
using Reports.Domain.Loading;

namespace Reports.Cli.Comparing;

/// <summary>
/// The earlier edition named with --compare-to. The user asked for this comparison, so unlike a snapshot
/// left by an earlier run, a file that is missing or invalid is an error (exit 2), reported in full.
/// </summary>
internal static class CompareToFile
{
    public static (EarlierEdition? Edition, IReadOnlyList<string> Errors) Read(string path, CliContext context)
    {
        var display = context.Display(path);
        if (!File.Exists(path))
            return (null, [$"error: --compare-to {display}: no such file. Expected an earlier edition of the dataset (a .json dataset file)."]);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [$"error: --compare-to {display}: the file cannot be read: {e.Message.Replace(path, display, StringComparison.Ordinal)}"]);
        }
        var loaded = SummitLoader.Load(display, bytes);
        if (!loaded.IsValid)
            return (null, [.. loaded.Errors.Select(e => e.ToString()), $"error: --compare-to {display} is not a valid dataset; nothing was generated."]);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return (new EarlierEdition(display, display, bytes, sha, null, loaded.Summit), []);
    }
}
