using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reports.Hardening.Tests.Generation;

/// <summary>
/// Where the corpus lives and how it is (re)written. The committed files are the catalog applied to
/// Corpus/seed.json; to refresh them after the seed or the catalog changes, run
/// <c>REPORTS_REGENERATE_CORPUS=1 dotnet test tests/Reports.Hardening.Tests --filter CorpusFileTests</c>
/// (which also copies input/russia-china-summit-2025.json to Corpus/seed.json first).
/// </summary>
internal static class CorpusFiles
{
    public const string RegenerateVariable = "REPORTS_REGENERATE_CORPUS";
    public const string SeedFile = "seed.json";
    public const string IndexFile = "cases.json";

    static readonly JsonSerializerOptions IndexJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The corpus as copied next to the test assembly.</summary>
    public static string Deployed { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>The corpus in the source tree (for regeneration only).</summary>
    public static string Source => Path.Combine(Repository.Root, "tests", "Reports.Hardening.Tests", "Corpus");

    public static byte[] Seed => File.ReadAllBytes(Path.Combine(Deployed, SeedFile));

    static readonly Lazy<IReadOnlyList<CorpusCase>> Index = new(() =>
        JsonSerializer.Deserialize<List<CorpusCase>>(File.ReadAllBytes(Path.Combine(Deployed, IndexFile)), IndexJson)
        ?? throw new InvalidOperationException("Corpus/cases.json is empty."));

    /// <summary>The committed index, Corpus/cases.json.</summary>
    public static IReadOnlyList<CorpusCase> Cases => Index.Value;

    public static CorpusCase Case(string file) => Cases.Single(c => c.File == file);

    public static byte[] Bytes(CorpusCase c) => File.ReadAllBytes(Path.Combine(Deployed, c.File));

    /// <summary>What the catalog makes of a seed: file name → bytes (null for cases without a file), and the index.</summary>
    public static (IReadOnlyList<(string File, byte[]? Bytes)> Files, byte[] Index) Make(string seed)
    {
        var files = CorpusCatalog.All.Select(c => (c.Case.File, c.Build(seed))).ToList();
        var index = System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(CorpusCatalog.All.Select(c => c.Case).ToList(), IndexJson) + "\n");
        return (files, index);
    }

    /// <summary>Rewrites Corpus/ in the source tree from input/ and the catalog.</summary>
    public static void Regenerate()
    {
        var folder = Source;
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.EnumerateFiles(folder, "*.json"))
            File.Delete(stale);
        var seed = File.ReadAllText(Path.Combine(Repository.Root, "input", "russia-china-summit-2025.json"));
        File.WriteAllText(Path.Combine(folder, SeedFile), seed);
        var (files, index) = Make(seed);
        foreach (var (file, bytes) in files)
            if (bytes is not null)
                File.WriteAllBytes(Path.Combine(folder, file), bytes);
        File.WriteAllBytes(Path.Combine(folder, IndexFile), index);
    }
}

internal static class Repository
{
    public static string Root { get; } = Find();

    static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Reports.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository (Reports.sln not found).");
    }
}
