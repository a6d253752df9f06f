using System.Text.Json;
using Reports.Cli.Running;

namespace Reports.Cli.Output;

/// <summary>
/// output/manifest.json: what each run produced — per dataset the input and its SHA-256, the options that
/// shape the output, every file with its hash, size and extent, and timings per stage. --if-changed
/// reads it back to skip datasets whose reports are already up to date.
/// </summary>
internal sealed record Manifest(string ToolVersion, IReadOnlyList<ManifestEntry> Datasets)
{
    public const string FileName = "manifest.json";

    /// <summary>The manifest in a folder; empty when there is none or it cannot be read (it is only a cache).</summary>
    public static Manifest Read(string directory)
    {
        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(directory, FileName));
            return ManifestJson.Parse(bytes) ?? Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            return Empty;
        }
    }

    public static Manifest Empty { get; } = new("", []);

    public ManifestEntry? Find(string input) => Datasets.FirstOrDefault(d => d.Input == input);

    /// <summary>This manifest with the entries of a run replacing older ones for the same inputs.</summary>
    public Manifest Merge(string toolVersion, IEnumerable<ManifestEntry> fresh)
    {
        var byInput = Datasets.ToDictionary(d => d.Input, StringComparer.Ordinal);
        foreach (var entry in fresh)
            byInput[entry.Input] = entry;
        return new Manifest(toolVersion, byInput.Values.OrderBy(d => d.Input, StringComparer.Ordinal).ToList());
    }

    public void Write(string directory) =>
        AtomicFile.Write(Path.Combine(directory, FileName), stream => { ManifestJson.Write(this, stream); return 0; });
}

/// <summary>One dataset's line in the manifest. Output paths are relative to the output folder.</summary>
internal sealed record ManifestEntry(
    string Input,
    string Sha256,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyList<OutputFile> Outputs,
    IReadOnlyDictionary<string, double> Timings)
{
    /// <summary>The date the reports record (SOURCE_DATE_EPOCH or the dataset's date): the next run's
    /// change section is headed "Changes since" this date.</summary>
    public DateOnly? ReportDate { get; init; }

    /// <summary>The copy of the dataset kept for the next run's comparison.</summary>
    public OutputFile? Snapshot { get; init; }

    /// <summary>What the reports were compared with; null when they have no change section.</summary>
    public Comparing.ComparisonRecord? Comparison { get; init; }

    /// <summary>The brand file and the hash of it and every asset it names; null for the built-in look.</summary>
    public Branding.BrandRecord? Brand { get; init; }
}
