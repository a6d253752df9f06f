using System.Text;

namespace Reports.Cli.Output;

/// <summary>
/// Output file names come from the input file's stem only, made safe: nothing in a dataset or a file name
/// can point a report outside the output folder.
/// </summary>
internal static class OutputNames
{
    public static string Stem(string inputPath)
    {
        var stem = Path.GetFileNameWithoutExtension(inputPath);
        var safe = new StringBuilder(stem.Length);
        foreach (var c in stem)
            safe.Append(char.IsControl(c) || "/\\:*?\"<>|".Contains(c) ? '-' : c);
        var text = safe.ToString().Trim().TrimStart('.');
        return text.Length == 0 ? "dataset" : text;
    }

    public static string For(string outDirectory, string inputPath, string extension) =>
        Path.Combine(outDirectory, Stem(inputPath) + extension);
}
