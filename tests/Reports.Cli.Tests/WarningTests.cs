using System.Text.Json;

namespace Reports.Cli.Tests;

/// <summary>
/// A dataset that loads but deserves a look (a chart whose bars differ too much to read) passes with a
/// located warning on stderr, in validate and generate alike; only --quiet silences it.
/// </summary>
public sealed class WarningTests
{
    const string Warning = "input/old.json:669:13: $.charts[2].series[0].indicators[1]: warning: In \"People flows in both directions\" the bar for \"Students (2025)\"";

    /// <summary>The seed as it was in schema 1.0, whose "People flows" chart puts 21,000 students beside 1.6 million tourists.</summary>
    static CliRun WithMixedScales()
    {
        var run = CliRun.WithSeed();
        File.Delete(run.PathOf("input/russia-china-summit-2025.json"));
        File.Copy(Repository.Path("tests", "Reports.Domain.Tests", "Data", "summit-1.0.json"), run.PathOf("input/old.json"));
        return run;
    }

    [Fact]
    public void Validate_passes_a_chart_that_mixes_scales_with_a_located_warning()
    {
        using var run = WithMixedScales();

        run.Run("validate", "input").ShouldBe(ExitCodes.Success, run.Error);

        run.Error.Trim().ShouldStartWith(Warning);
        run.Error.Trim().Split('\n').Length.ShouldBe(1);
        run.Out.ShouldContain("input/old.json: valid (1 warning)");
        run.Out.ShouldContain("validate: 1 dataset, 0 outputs, 0 skipped, 0 errors, 1 warning in ");
    }

    [Fact]
    public void Generate_writes_the_reports_and_prints_the_same_warning()
    {
        using var run = WithMixedScales();

        run.Run("generate", "input").ShouldBe(ExitCodes.Success, run.Error);

        run.Error.Trim().ShouldStartWith(Warning);
        File.Exists(run.PathOf("output/old.pdf")).ShouldBeTrue();
        File.Exists(run.PathOf("output/old.xlsx")).ShouldBeTrue();
    }

    [Fact]
    public void Json_output_keeps_the_warning_on_stderr_and_lists_it_per_dataset()
    {
        using var run = WithMixedScales();

        run.Run("validate", "input", "--json").ShouldBe(ExitCodes.Success, run.Error);

        run.Error.Trim().ShouldStartWith(Warning);
        using var summary = JsonDocument.Parse(run.Out);
        var dataset = summary.RootElement.GetProperty("datasets").EnumerateArray().ShouldHaveSingleItem();
        dataset.GetProperty("warnings").EnumerateArray().ShouldHaveSingleItem().GetString()!.ShouldStartWith(Warning);
    }

    [Fact]
    public void Quiet_silences_warnings()
    {
        using var run = WithMixedScales();

        run.Run("validate", "input", "--quiet").ShouldBe(ExitCodes.Success);

        run.Error.ShouldBeEmpty();
        run.Out.ShouldBeEmpty();
    }
}
