using Reports.Hardening.Tests.Generation;

namespace Reports.Hardening.Tests;

/// <summary>The corpus the catalog makes of the seed is what the hardening tests need it to be.</summary>
public sealed class CorpusFileTests
{
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
    public void Every_case_with_a_file_is_an_edit_of_the_seed_made_the_same_way_twice()
    {
        var seed = System.Text.Encoding.UTF8.GetString(CorpusFiles.Seed);

        foreach (var (c, build) in CorpusCatalog.All.Where(e => e.Case.Setup is null or "unreadable"))
        {
            var bytes = build(seed).ShouldNotBeNull(c.File);
            // Cases about the file itself (its name, its mode) may hold the seed as it is; the others are edits.
            if (c.InputName is null && c.Setup is null)
                bytes.AsSpan().SequenceEqual(CorpusFiles.Seed).ShouldBeFalse($"{c.File} is the seed unchanged: its edit found nothing to change");
            build(seed).AsSpan().SequenceEqual(bytes).ShouldBeTrue($"{c.File} is made differently each time");
        }
    }

    [Fact]
    public void The_seed_round_trips_through_the_editor_unchanged()
    {
        var seed = System.Text.Encoding.UTF8.GetString(CorpusFiles.Seed);

        JsonEdit.Normalise(seed).ShouldBe(seed);
    }
}
