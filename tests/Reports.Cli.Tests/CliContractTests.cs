using Reports.Cli.Commands;
using Reports.Cli.Running;
using Reports.Domain.Model;

namespace Reports.Cli.Tests;

public sealed class CliContractTests
{
    [Fact]
    public void No_arguments_validates_and_generates_the_datasets_in_input()
    {
        using var run = CliRun.WithSeed();

        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        run.Out.ShouldContain("input/russia-china-summit-2025.json");
        run.Out.ShouldContain("generate: 1 dataset");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Help_documents_the_commands_and_exit_codes()
    {
        using var run = new CliRun();

        run.Run("--help").ShouldBe(ExitCodes.Success);

        run.Out.ShouldContain("generate");
        run.Out.ShouldContain("validate");
        run.Out.ShouldContain("--format");
        run.Out.ShouldContain("2 invalid input or usage");
        run.Out.ShouldContain("3 output could not be written");
    }

    [Fact]
    public void Version_prints_the_release_number()
    {
        using var run = new CliRun();

        run.Run("--version").ShouldBe(ExitCodes.Success);

        run.Out.Trim().ShouldMatch(@"^\d+\.\d+\.\d+$");
    }

    [Fact]
    public void Validate_reports_every_error_with_file_line_column_and_path_on_stderr()
    {
        using var run = CliRun.WithSeed();
        var bad = run.PathOf("input/bad.json");
        File.WriteAllText(bad, File.ReadAllText(run.PathOf("input/russia-china-summit-2025.json"))
            .Replace("\"unit\": \"USD bn\"", "\"unit\": \"USD billions\"")
            .Replace("\"date\": \"2025-05-08\"", "\"date\": \"2025-02-30\""));

        run.Run("validate", "input/bad.json").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldMatch(@"input/bad\.json:\d+:\d+: \$\.event\.date: ");
        run.Error.ShouldMatch(@"input/bad\.json:\d+:\d+: \$\.indicators\[4\]\.unit: ");
        run.Error.ShouldNotContain("   at ");
        run.Out.ShouldContain("validate: 1 dataset");
    }

    [Fact]
    public void Validate_accepts_a_folder_and_skips_schema_files()
    {
        using var run = CliRun.WithSeed();

        run.Run("validate", "input").ShouldBe(ExitCodes.Success, run.Error);

        run.Out.ShouldContain("1 dataset");
        run.Out.ShouldNotContain("summit.schema.json");
    }

    [Theory]
    [InlineData("--format", "doc")]
    [InlineData("--page-size", "A5")]
    [InlineData("--no-such-option")]
    [InlineData("--culture", "xx-NOPE")]
    [InlineData("--language", "de")]
    [InlineData("--shard", "4/3")]
    [InlineData("--shard", "one")]
    [InlineData("--parallel", "0")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        using var run = CliRun.WithSeed();

        run.Run(args).ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldStartWith("error: ");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public void A_missing_input_exits_2_naming_it()
    {
        using var run = CliRun.WithSeed();

        run.Run("validate", "nowhere.json").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("nowhere.json: no such file or folder");
    }

    [Fact]
    public void A_bad_SOURCE_DATE_EPOCH_is_a_usage_error()
    {
        using var run = CliRun.WithSeed();
        run.Environment["SOURCE_DATE_EPOCH"] = "yesterday";

        run.Run().ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("SOURCE_DATE_EPOCH");
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_exits_3_with_its_path()
    {
        using var run = CliRun.WithSeed();
        File.WriteAllText(run.PathOf("blocked"), "a file where the folder should be");

        run.Run("--out", "blocked").ShouldBe(ExitCodes.OutputFailed);

        run.Error.ShouldContain("blocked");
    }

    [Fact]
    public void A_writer_bug_exits_1_with_one_line_and_a_hint_and_the_trace_only_when_verbose()
    {
        using var run = CliRun.WithSeed();
        var failing = new CliRun { Writers = [new ThrowingWriter()] };
        using var _ = failing;
        Directory.CreateDirectory(failing.PathOf("input"));
        File.Copy(run.PathOf("input/russia-china-summit-2025.json"), failing.PathOf("input/a.json"));

        failing.Run().ShouldBe(ExitCodes.InternalError);
        failing.Error.ShouldContain("internal error: InvalidOperationException: boom");
        failing.Error.ShouldContain("--verbose");
        failing.Error.ShouldNotContain("   at ");
        // Nothing half-made is left: no temporary file of the report or of the snapshot staged before it, no snapshot.
        var left = Directory.Exists(failing.PathOf("output"))
            ? Directory.EnumerateFiles(failing.PathOf("output"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList()
            : [];
        left.ShouldNotContain(f => f!.EndsWith(".reports-tmp", StringComparison.Ordinal));
        left.ShouldNotContain("a.json");

        failing.Run("--verbose").ShouldBe(ExitCodes.InternalError);
        failing.Error.ShouldContain("   at ");
    }

    [Fact]
    public void An_invalid_dataset_does_not_stop_the_others_and_the_exit_code_is_the_worst()
    {
        using var run = CliRun.WithSeed();
        File.WriteAllText(run.PathOf("input/broken.json"), "{");

        run.Run().ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("input/broken.json:1:2: $: The JSON ends too early");
        run.Out.ShouldContain("input/russia-china-summit-2025.json: ");
        run.Out.ShouldContain("2 datasets");
    }

    [Fact]
    public void Quiet_prints_nothing_on_success()
    {
        using var run = CliRun.WithSeed();

        run.Run("--quiet").ShouldBe(ExitCodes.Success);

        run.Out.ShouldBeEmpty();
        run.Error.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("CI", "true")]
    [InlineData("GITHUB_ACTIONS", "true")]
    public void Under_CI_output_is_plain_lines_without_ANSI_codes_even_on_a_terminal(string variable, string value)
    {
        using var run = CliRun.WithSeed([new FakeWriter()], terminal: true);
        run.Environment[variable] = value;

        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        (run.Out + run.Error).ShouldNotContain("\u001b");
        run.Out.ShouldContain("generate: 1 dataset, 1 output");
    }

    [Fact]
    public void On_an_interactive_terminal_outside_CI_a_live_progress_display_is_drawn()
    {
        using var run = CliRun.WithSeed([new FakeWriter()], terminal: true);

        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        run.Error.ShouldContain("\u001b[");
        run.Out.ShouldContain("generate: 1 dataset, 1 output");
    }

    [Fact]
    public void Redirected_output_is_plain_lines_without_ANSI_codes()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        File.WriteAllText(run.PathOf("input/bad.json"), "{");

        run.Run().ShouldBe(ExitCodes.InvalidInput);

        (run.Out + run.Error).ShouldNotContain("\u001b");
    }

    sealed class ThrowingWriter : IReportWriter
    {
        public ReportFormatKind Kind => ReportFormatKind.Pdf;
        public string Extension => ".pdf";
        public IReadOnlyList<WriterProblem> Check(Summit summit, ReportRequest request) => [];
        public WriterOutcome Write(Summit summit, ReportRequest request, Stream output) => throw new InvalidOperationException("boom");
    }
}
