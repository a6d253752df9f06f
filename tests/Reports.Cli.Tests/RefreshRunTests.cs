using System.Security.Cryptography;
using System.Text.Json;
using Reports.Cli.Output;

namespace Reports.Cli.Tests;

/// <summary>The mechanics CI relies on: manifest, --if-changed, atomic writes, the lock, shards, --json.</summary>
public sealed class RefreshRunTests
{
    const string Seed = "input/russia-china-summit-2025.json";
    const string Report = "output/russia-china-summit-2025.txt";

    [Fact]
    public void Every_run_writes_a_manifest_whose_hashes_equal_the_files()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);

        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        using var manifest = JsonDocument.Parse(run.Bytes("output/manifest.json"));
        var dataset = manifest.RootElement.GetProperty("datasets").EnumerateArray().ShouldHaveSingleItem();
        dataset.GetProperty("input").GetString().ShouldBe(Seed);
        dataset.GetProperty("sha256").GetString().ShouldBe(Sha(run.Bytes(Seed)));
        var output = dataset.GetProperty("outputs").EnumerateArray().ShouldHaveSingleItem();
        output.GetProperty("path").GetString().ShouldBe("russia-china-summit-2025.txt");
        output.GetProperty("sha256").GetString().ShouldBe(Sha(run.Bytes(Report)));
        output.GetProperty("bytes").GetInt64().ShouldBe(run.Bytes(Report).Length);
        // Neither --culture nor --language given: both follow the dataset's language (recorded as asked: empty).
        dataset.GetProperty("options").GetProperty("culture").GetString().ShouldBe("");
        dataset.GetProperty("options").GetProperty("language").GetString().ShouldBe("");
        dataset.GetProperty("timings").EnumerateObject().Select(p => p.Name).ShouldContain("validate");
        manifest.RootElement.GetProperty("toolVersion").GetString().ShouldBe(ToolInfo.Version);
    }

    [Fact]
    public void If_changed_skips_an_unchanged_dataset_and_regenerates_when_an_input_byte_changes()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        // The first run has no earlier edition to compare with; from the second on, the snapshot is one.
        run.Run().ShouldBe(ExitCodes.Success);
        run.Run("--if-changed").ShouldBe(ExitCodes.Success);

        run.Run("--if-changed").ShouldBe(ExitCodes.Success);
        run.Out.ShouldContain($"{Seed}: unchanged, skipped");
        run.Out.ShouldContain("1 skipped");

        File.WriteAllText(run.PathOf(Seed), File.ReadAllText(run.PathOf(Seed)).Replace("Moscow 2025", "Moscow 2O25"));
        run.Run("--if-changed").ShouldBe(ExitCodes.Success);
        run.Out.ShouldNotContain("unchanged, skipped");
        run.Out.ShouldContain("0 skipped");
        File.ReadAllText(run.PathOf(Report)).ShouldContain("Moscow 2O25");
    }

    [Fact]
    public void If_changed_regenerates_when_options_change_or_an_output_is_altered()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        run.Run("--if-changed").ShouldBe(ExitCodes.Success);

        run.Run("--if-changed", "--culture", "en-US").ShouldBe(ExitCodes.Success);
        run.Out.ShouldContain("0 skipped");

        File.AppendAllText(run.PathOf(Report), "tampered");
        run.Run("--if-changed", "--culture", "en-US").ShouldBe(ExitCodes.Success);
        run.Out.ShouldContain("0 skipped");
        File.ReadAllText(run.PathOf(Report)).ShouldNotContain("tampered");
    }

    [Fact]
    public void An_invalid_dataset_leaves_the_previous_reports_byte_for_byte()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        run.Run().ShouldBe(ExitCodes.Success);
        var before = run.Bytes(Report);

        File.WriteAllText(run.PathOf(Seed), File.ReadAllText(run.PathOf(Seed)).Replace("\"value\": 245", "\"value\": \"245\""));
        run.Run().ShouldBe(ExitCodes.InvalidInput);

        run.Bytes(Report).ShouldBe(before);
        Directory.GetFiles(run.PathOf("output"), "*" + AtomicFile.TempSuffix).ShouldBeEmpty();
    }

    [Fact]
    public void A_failing_write_leaves_the_previous_report_and_no_temporary_file_and_exits_3()
    {
        using var good = CliRun.WithSeed([new FakeWriter()]);
        good.Run().ShouldBe(ExitCodes.Success);
        var before = good.Bytes(Report);
        var failing = new CliRun { Writers = [new FakeWriter(_ => throw new IOException("No space left on device"))] };
        using var _ = failing;
        CopyTree(good.Folder, failing.Folder);

        failing.Run().ShouldBe(ExitCodes.OutputFailed);

        failing.Error.ShouldContain("output/russia-china-summit-2025.txt: cannot write the TXT report: No space left on device");
        failing.Bytes(Report).ShouldBe(before);
        Directory.GetFiles(failing.PathOf("output"), "*" + AtomicFile.TempSuffix).ShouldBeEmpty();
    }

    [Fact]
    public void When_one_format_fails_no_format_is_replaced()
    {
        using var good = CliRun.WithSeed([new FakeWriter(), new FakeWriter(extension: ".csv")]);
        good.Run().ShouldBe(ExitCodes.Success);
        File.WriteAllText(good.PathOf(Seed), File.ReadAllText(good.PathOf(Seed)).Replace("Moscow 2025", "Moscow 2O25"));
        var (report, table) = (good.Bytes(Report), good.Bytes("output/russia-china-summit-2025.csv"));
        var failing = new CliRun { Writers = [new FakeWriter(), new FakeWriter(_ => throw new IOException("disk full"), ".csv")] };
        using var _ = failing;
        CopyTree(good.Folder, failing.Folder);

        failing.Run().ShouldBe(ExitCodes.OutputFailed);

        failing.Bytes(Report).ShouldBe(report);
        failing.Bytes("output/russia-china-summit-2025.csv").ShouldBe(table);
        Directory.GetFiles(failing.PathOf("output"), "*" + AtomicFile.TempSuffix).ShouldBeEmpty();
    }

    [Fact]
    public void Temporary_files_left_by_a_killed_run_are_removed_by_the_next_run()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        Directory.CreateDirectory(run.PathOf("output"));
        var stale = run.PathOf("output/.russia-china-summit-2025.txt.4242" + AtomicFile.TempSuffix);
        File.WriteAllText(stale, "half a report");

        run.Run().ShouldBe(ExitCodes.Success);

        File.Exists(stale).ShouldBeFalse();
    }

    [Fact]
    public void A_second_run_on_a_locked_output_folder_gives_up_with_a_clear_message()
    {
        var run = CliRun.WithSeed([new FakeWriter()]);
        using var _ = run;
        var locked = new CliRun { Writers = run.Writers, LockWait = TimeSpan.FromMilliseconds(300) };
        using var __ = locked;
        CopyTree(run.Folder, locked.Folder);
        Directory.CreateDirectory(locked.PathOf("output"));

        using (OutputLock.Acquire(locked.PathOf("output"), TimeSpan.Zero, () => { }))
            locked.Run().ShouldBe(ExitCodes.OutputFailed);

        locked.Error.ShouldContain("another Reports run is writing to this folder");
        locked.Run().ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public void Shards_partition_the_datasets_exactly_once()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        for (var i = 0; i < 7; i++)
            File.Copy(run.PathOf(Seed), run.PathOf($"input/copy-{i}.json"));

        var processed = new List<string>();
        for (var shard = 1; shard <= 3; shard++)
        {
            run.Run("--shard", $"{shard}/3", "--json").ShouldBe(ExitCodes.Success, run.Error);
            using var summary = JsonDocument.Parse(run.Out);
            processed.AddRange(summary.RootElement.GetProperty("datasets").EnumerateArray().Select(d => Path.GetFileName(d.GetProperty("input").GetString()!)));
        }

        processed.Count.ShouldBe(8);
        processed.Distinct().Count().ShouldBe(8);
    }

    [Fact]
    public void Json_prints_one_parseable_summary_on_stdout()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);

        run.Run("--json").ShouldBe(ExitCodes.Success);

        using var summary = JsonDocument.Parse(run.Out);
        summary.RootElement.GetProperty("command").GetString().ShouldBe("generate");
        summary.RootElement.GetProperty("exitCode").GetInt32().ShouldBe(0);
        summary.RootElement.GetProperty("datasets")[0].GetProperty("status").GetString().ShouldBe("ok");
    }

    [Fact]
    public void Output_names_come_from_the_file_stem_and_cannot_escape_the_output_folder()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        File.Move(run.PathOf(Seed), run.PathOf("input/..évènement 2025.json"));

        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        File.Exists(run.PathOf("output/évènement 2025.txt")).ShouldBeTrue();
    }

    static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(dir.Replace(from, to));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to), overwrite: true);
    }
}
