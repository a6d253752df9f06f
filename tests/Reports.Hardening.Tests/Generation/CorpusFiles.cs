using System.Collections.Concurrent;

namespace Reports.Hardening.Tests.Generation;

/// <summary>
/// The corpus, made at test time: each case of <see cref="CorpusCatalog"/> is a small edit applied to the
/// seed dataset in input/, so a change to the seed never leaves stale copies behind (nothing is committed
/// but the catalog). A case's bytes are made once per test run.
/// </summary>
internal static class CorpusFiles
{
    static readonly Lazy<byte[]> SeedBytes = new(() => File.ReadAllBytes(Repository.SeedPath));
    static readonly ConcurrentDictionary<string, byte[]?> Made = new(StringComparer.Ordinal);

    /// <summary>The seed dataset, input/russia-china-summit-2025.json.</summary>
    public static byte[] Seed => SeedBytes.Value;

    /// <summary>Every case of the catalog.</summary>
    public static IReadOnlyList<CorpusCase> Cases { get; } = CorpusCatalog.All.Select(c => c.Case).ToList();

    public static CorpusCase Case(string file) => Cases.Single(c => c.File == file);

    /// <summary>The input bytes of a case; a case with a <see cref="CorpusCase.Setup"/> and no file has none.</summary>
    public static byte[] Bytes(CorpusCase c) =>
        Made.GetOrAdd(c.File, file => CorpusCatalog.All.Single(e => e.Case.File == file).Build(System.Text.Encoding.UTF8.GetString(Seed)))
        ?? throw new InvalidOperationException($"{c.File} is made by its setup ({c.Setup}), not from bytes.");
}
