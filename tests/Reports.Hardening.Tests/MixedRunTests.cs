using Reports.Hardening.Tests.Generation;
using Reports.Hardening.Tests.Support;

namespace Reports.Hardening.Tests;

/// <summary>
/// Broken inputs next to good ones in one run: "when a run processes several datasets, one failure does
/// not stop the others" (README), and the failure touches nothing but its own messages.
/// </summary>
public sealed class MixedRunTests
{
    [Fact]
    public void Generate_writes_the_good_dataset_and_leaves_the_broken_ones_earlier_reports_alone()
    {
        using var sandbox = new CliSandbox();
        sandbox.AddInput("summit.json", CorpusFiles.Seed);
        sandbox.Run().ExitCode.ShouldBe(0);
        var earlier = sandbox.Snapshot("output");
        sandbox.AddInput("summit.json", CorpusFiles.Bytes(CorpusFiles.Case("date-february-30.json")));
        sandbox.AddInput("another.json", CorpusFiles.Seed);

        var run = sandbox.Run();

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("input/summit.json:8:13: $.event.date: ", Case.Sensitive, run.ToString());
        File.Exists(sandbox.Output("another.pdf")).ShouldBeTrue(run.ToString());
        File.Exists(sandbox.Output("another.xlsx")).ShouldBeTrue(run.ToString());
        foreach (var (file, hash) in earlier.Where(e => !e.Key.EndsWith("manifest.json", StringComparison.Ordinal)))
            Hashes.Of(File.ReadAllBytes(sandbox.PathOf(file))).ShouldBe(hash, $"{file} changed");
    }

    /// <summary>
    /// A dataset that makes the loader fail internally must not stop `validate` from checking the next one
    /// (generate already isolates each dataset). The lone surrogate escape is such a dataset today; should
    /// it stop crashing, the test still holds: both datasets are then reported as invalid.
    /// </summary>
    [Fact]
    public void Validate_reports_every_dataset_even_when_one_of_them_breaks_the_loader()
    {
        using var sandbox = new CliSandbox();
        sandbox.AddInput("a-lone-surrogate.json", CorpusFiles.Bytes(CorpusFiles.Case("syntax-lone-high-surrogate-value.json")));
        sandbox.AddInput("b-bad-date.json", CorpusFiles.Bytes(CorpusFiles.Case("date-february-30.json")));

        var run = sandbox.Run("validate", "input");

        run.Error.ShouldContain("input/b-bad-date.json:8:13: $.event.date: ", Case.Sensitive, run.ToString());
        run.Out.ShouldContain("validate: 2 datasets", Case.Sensitive, run.ToString());
        run.Error.ShouldNotContain("   at ", Case.Sensitive, run.ToString());
    }
}
