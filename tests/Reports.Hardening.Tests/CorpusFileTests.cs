using Reports.Hardening.Tests.Generation;
using Reports.Hardening.Tests.Support;

namespace Reports.Hardening.Tests;

/// <summary>The committed corpus is exactly what the catalog makes of the committed seed (reproducible).</summary>
public sealed class CorpusFileTests
{
    [Fact]
    public void The_committed_corpus_is_what_the_catalog_makes_of_the_seed()
    {
        if (Environment.GetEnvironmentVariable(CorpusFiles.RegenerateVariable) == "1")
            CorpusFiles.Regenerate();
        var folder = CorpusFiles.Source;
        var (files, index) = CorpusFiles.Make(File.ReadAllText(Path.Combine(folder, CorpusFiles.SeedFile)));

        foreach (var (file, bytes) in files)
        {
            var path = Path.Combine(folder, file);
            if (bytes is null)
            {
                File.Exists(path).ShouldBeFalse($"{file} is made at run time and must not be committed");
                continue;
            }
            File.Exists(path).ShouldBeTrue($"{file} is missing; regenerate with {CorpusFiles.RegenerateVariable}=1");
            Hashes.Of(File.ReadAllBytes(path)).ShouldBe(Hashes.Of(bytes), $"{file} differs from its generator; regenerate with {CorpusFiles.RegenerateVariable}=1");
        }
        File.ReadAllBytes(Path.Combine(folder, CorpusFiles.IndexFile)).ShouldBe(index, "cases.json differs from the catalog");
        var expected = files.Where(f => f.Bytes is not null).Select(f => f.File).Append(CorpusFiles.SeedFile).Append(CorpusFiles.IndexFile).Order(StringComparer.Ordinal);
        Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(expected!, "files in Corpus/ that no case makes");
    }

    [Fact]
    public void The_corpus_has_at_least_sixty_cases_with_unique_files_covering_every_category()
    {
        var cases = CorpusFiles.Cases;

        cases.Count.ShouldBeGreaterThanOrEqualTo(60);
        cases.Select(c => c.File).ShouldBeUnique();
        cases.ShouldAllBe(c => c.Exit == 0 || c.Exit == 2);
        cases.Where(c => c.Exit == 2).ShouldAllBe(c => c.Mentions.Length > 0);
        cases.Select(c => c.Category).Distinct().Count().ShouldBeGreaterThanOrEqualTo(15);
    }

    [Fact]
    public void The_seed_round_trips_through_the_editor_unchanged()
    {
        var seed = File.ReadAllText(Path.Combine(CorpusFiles.Source, CorpusFiles.SeedFile));

        JsonEdit.Normalise(seed).ShouldBe(seed);
    }
}
