using System.Collections.Concurrent;
using Reports.Brief;
using Reports.Domain.Loading;
using Reports.Domain.Model;

namespace Reports.Accessibility.Tests;

/// <summary>The briefs the checks read: the seed and every dataset of the varied corpus, each rendered once with the default standard.</summary>
internal static class Briefs
{
    public const string Seed = "seed";

    static readonly ConcurrentDictionary<string, Lazy<TaggedBrief>> Rendered = new(StringComparer.Ordinal);

    public static BriefOptions Options { get; } = BriefOptions.Default with
    {
        GeneratedAt = new DateTimeOffset(2025, 5, 8, 0, 0, 0, TimeSpan.Zero),
        GeneratorVersion = "1.2.3",
    };

    static string CorpusFolder { get; } = Repository.Path("tests", "Corpus", "varied");

    /// <summary>"seed" and the corpus datasets' names (file names without ".json").</summary>
    public static TheoryData<string> All => [Seed, .. Directory.GetFiles(CorpusFolder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    public static Summit Summit(string name) => Load(File.ReadAllBytes(name == Seed ? Repository.SeedPath : Path.Combine(CorpusFolder, name + ".json")));

    public static TaggedBrief Of(string name) =>
        Rendered.GetOrAdd(name, key => new Lazy<TaggedBrief>(() => new TaggedBrief(key, Render(Summit(key), Options)))).Value;

    public static byte[] Render(Summit summit, BriefOptions options)
    {
        using var stream = new MemoryStream();
        BriefWriter.Write(summit, options, stream);
        return stream.ToArray();
    }

    static Summit Load(byte[] json)
    {
        var result = SummitLoader.Load("test.json", json);
        return result.Summit ?? throw new InvalidOperationException(string.Join("\n", result.Errors));
    }
}
