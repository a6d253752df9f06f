namespace Reports.Cli.Tests;

/// <summary>
/// The command line rejects what it does not know before doing any work: an unknown option is never
/// taken for an input path, and a run whose arguments are wrong writes nothing and leaves the manifest.
/// </summary>
public sealed class StrictCommandLineTests
{
    [Fact]
    public void A_mistyped_option_is_a_usage_error_that_suggests_the_nearest_known_option()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);

        run.Run("--cultur", "en-GB").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldStartWith("error: unknown option --cultur; did you mean --culture?");
        run.Error.ShouldNotContain("no such file");
        run.Out.ShouldBeEmpty();
        Directory.Exists(run.PathOf("output")).ShouldBeFalse("a usage error must not create the output folder");
    }

    [Fact]
    public void A_mistyped_option_leaves_earlier_reports_and_the_manifest_untouched()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        run.Run().ShouldBe(ExitCodes.Success, run.Error);
        var before = Snapshot(run.PathOf("output"));

        run.Run("generate", "input", "--out", "output", "--if-chaned").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldStartWith("error: unknown option --if-chaned; did you mean --if-changed?");
        Snapshot(run.PathOf("output")).ShouldBe(before);
    }

    [Fact]
    public void Validate_rejects_a_mistyped_option_instead_of_reading_it_as_a_dataset()
    {
        using var run = CliRun.WithSeed();

        run.Run("validate", "input", "--font", "fonts").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldStartWith("error: unknown option --font; did you mean --fonts?");
        run.Out.ShouldNotContain("validate: ");
    }

    [Fact]
    public void An_option_written_with_an_equals_sign_is_matched_by_its_name()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);

        run.Run("--apendix=top").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldStartWith("error: unknown option --apendix=top; did you mean --appendix?");
    }

    [Fact]
    public void An_option_like_no_known_one_is_rejected_without_a_guess()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);

        run.Run("--zzzzzzzz").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldStartWith("error: unknown option --zzzzzzzz.");
        run.Error.ShouldNotContain("did you mean");
        run.Error.ShouldContain("reports --help");
    }

    [Fact]
    public void A_stray_argument_that_names_no_file_stops_the_run_before_any_dataset_is_written()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);

        run.Run("--quiet", "yes").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("error: yes: no such file or folder");
        Directory.Exists(run.PathOf("output")).ShouldBeFalse("the seed in input/ must not be generated when an argument is wrong");
    }

    [Fact]
    public void A_missing_input_beside_a_real_one_stops_the_run_and_keeps_the_manifest()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        run.Run().ShouldBe(ExitCodes.Success, run.Error);
        var before = Snapshot(run.PathOf("output"));

        run.Run("generate", "input", "inptu").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("error: inptu: no such file or folder");
        run.Out.ShouldNotContain("russia-china-summit-2025");
        Snapshot(run.PathOf("output")).ShouldBe(before);
    }

    [Fact]
    public void After_a_double_dash_a_file_whose_name_starts_with_a_dash_is_an_input()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        File.Move(run.PathOf("input/russia-china-summit-2025.json"), run.PathOf("-odd.json"));

        run.Run("validate", "--", "-odd.json").ShouldBe(ExitCodes.Success, run.Error);

        run.Out.ShouldContain("-odd.json: valid");
    }

    /// <summary>Every file under a folder with its bytes and last write time.</summary>
    static List<string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(File.ReadAllBytes(f))} {File.GetLastWriteTimeUtc(f):O}")
            .ToList();
}
