using Reports.Cli.Output;

namespace Reports.Cli.Comparing;

/// <summary>
/// output/.snapshots/&lt;stem&gt;.json: a byte-for-byte copy of the dataset a successful generate used, so the
/// next run can tell what changed. Written and replaced like the reports (staged, then renamed).
/// </summary>
internal static class Snapshots
{
    public const string FolderName = ".snapshots";

    public static string Folder(string outDirectory) => Path.Combine(outDirectory, FolderName);

    public static string PathFor(string outDirectory, string inputPath) =>
        OutputNames.For(Folder(outDirectory), inputPath, ".json");

    /// <summary>The snapshot's path as the manifest records it: relative to the output folder, with '/'.</summary>
    public static string Relative(string inputPath) => FolderName + "/" + OutputNames.Stem(inputPath) + ".json";
}
