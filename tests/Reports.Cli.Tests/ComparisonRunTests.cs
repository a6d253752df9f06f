using System.Security.Cryptography;
using System.Text.Json;
using Reports.Cli.Output;

namespace Reports.Cli.Tests;

/// <summary>What changed since the last refresh, as the command line keeps and finds the earlier edition:
/// the snapshot, --compare-to, --no-compare, warnings, the manifest and --if-changed.</summary>
public sealed class ComparisonRunTests
{
    const string Seed = "input/russia-china-summit-2025.json";
    const string Report = "output/russia-china-summit-2025.txt";
    const string Snapshot = "output/.snapshots/russia-china-summit-2025.json";

    static CliRun Fake() => CliRun.WithSeed([new FakeWriter()]);

    static string ReportText(CliRun run) => File.ReadAllText(run.PathOf(Report));

    static void Edit(CliRun run, string from, string to, string file = Seed)
    {
        var text = File.ReadAllText(run.PathOf(file));
        text.ShouldContain(from);
        File.WriteAllText(run.PathOf(file), text.Replace(from, to));
    }

    static JsonElement ManifestEntry(CliRun run)
    {
        using var manifest = JsonDocument.Parse(run.Bytes("output/manifest.json"));
        return manifest.RootElement.GetProperty("datasets").EnumerateArray().ShouldHaveSingleItem().Clone();
    }

    static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public void A_first_run_has_no_change_section_and_keeps_a_snapshot_listed_with_its_hash()
    {
        using var run = Fake();

        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        ReportText(run).ShouldEndWith("no comparison\n");
        run.Bytes(Snapshot).ShouldBe(run.Bytes(Seed));
        var entry = ManifestEntry(run);
        var snapshot = entry.GetProperty("snapshot");
        snapshot.GetProperty("path").GetString().ShouldBe(".snapshots/russia-china-summit-2025.json");
        snapshot.GetProperty("sha256").GetString().ShouldBe(Sha(run.Bytes(Seed)));
        snapshot.GetProperty("bytes").GetInt64().ShouldBe(run.Bytes(Seed).Length);
        entry.GetProperty("reportDate").GetString().ShouldBe("2025-05-08");
        entry.TryGetProperty("comparedWith", out _).ShouldBeFalse();
        entry.GetProperty("outputs").GetArrayLength().ShouldBe(1);
        run.Out.ShouldContain("generate: 1 dataset, 1 output, 0 skipped, 0 errors");
    }

    [Fact]
    public void The_next_run_of_the_same_dataset_compares_with_the_snapshot_and_shows_no_changes()
    {
        using var run = Fake();
        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        ReportText(run).ShouldEndWith("changes since 2025-05-08: 0\n");
        run.Out.ShouldContain("; no changes since 2025-05-08 (.snapshots/russia-china-summit-2025.json)");
        var compared = ManifestEntry(run).GetProperty("comparedWith");
        compared.GetProperty("path").GetString().ShouldBe(".snapshots/russia-china-summit-2025.json");
        compared.GetProperty("sha256").GetString().ShouldBe(Sha(run.Bytes(Seed)));
        compared.GetProperty("since").GetString().ShouldBe("2025-05-08");
    }

    [Fact]
    public void An_edited_dataset_is_compared_with_the_last_run_and_dated_by_what_that_run_recorded()
    {
        using var run = Fake();
        run.Environment["SOURCE_DATE_EPOCH"] = "1748736000"; // 2025-06-01T00:00:00Z
        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        Edit(run, "\"value\": 245,", "\"value\": 260,");
        run.Environment["SOURCE_DATE_EPOCH"] = "1749340800"; // 2025-06-08
        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        ReportText(run).ShouldEndWith("changes since 2025-06-01: 1\nChanged trade-volume-2024: USD 245 bn → USD 260 bn, +6 %\n");
        run.Out.ShouldContain("; 1 change since 2025-06-01");
        ManifestEntry(run).GetProperty("reportDate").GetString().ShouldBe("2025-06-08");
        run.Bytes(Snapshot).ShouldBe(run.Bytes(Seed));
    }

    [Fact]
    public void No_compare_leaves_the_change_section_out_but_still_keeps_the_snapshot()
    {
        using var run = Fake();
        run.Run().ShouldBe(ExitCodes.Success, run.Error);
        Edit(run, "\"value\": 245,", "\"value\": 260,");

        run.Run("--no-compare").ShouldBe(ExitCodes.Success, run.Error);

        ReportText(run).ShouldEndWith("no comparison\n");
        ManifestEntry(run).TryGetProperty("comparedWith", out _).ShouldBeFalse();
        run.Bytes(Snapshot).ShouldBe(run.Bytes(Seed));
    }

    [Fact]
    public void Compare_to_compares_with_the_file_given_dated_by_its_event()
    {
        using var run = Fake();
        File.Copy(run.PathOf(Seed), run.PathOf("earlier.json"));
        Edit(run, "\"date\": \"2025-05-08\"", "\"date\": \"2025-04-30\"", "earlier.json");
        Edit(run, "\"value\": 245,", "\"value\": 240,", "earlier.json");

        run.Run("--compare-to", "earlier.json").ShouldBe(ExitCodes.Success, run.Error);

        ReportText(run).ShouldEndWith("changes since 2025-04-30: 1\nChanged trade-volume-2024: USD 240 bn → USD 245 bn, +2 %\n");
        var compared = ManifestEntry(run).GetProperty("comparedWith");
        compared.GetProperty("path").GetString().ShouldBe("earlier.json");
        compared.GetProperty("since").GetString().ShouldBe("2025-04-30");
    }

    [Fact]
    public void Compare_to_a_missing_file_is_a_usage_error_and_writes_nothing()
    {
        using var run = Fake();

        run.Run("--compare-to", "nowhere.json").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("error: --compare-to nowhere.json: no such file.");
        Directory.Exists(run.PathOf("output")).ShouldBeFalse();
    }

    [Fact]
    public void Compare_to_an_invalid_dataset_reports_each_problem_with_its_location_and_exits_2()
    {
        using var run = Fake();
        File.Copy(run.PathOf(Seed), run.PathOf("earlier.json"));
        Edit(run, "\"value\": 245,", "\"value\": \"245\",", "earlier.json");

        run.Run("--compare-to", "earlier.json").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldMatch(@"earlier\.json:\d+:\d+: \$\.indicators\[4\]\.value: ");
        run.Error.ShouldContain("error: --compare-to earlier.json is not a valid dataset; nothing was generated.");
        run.Error.ShouldNotContain("   at ");
        File.Exists(run.PathOf(Report)).ShouldBeFalse();
    }

    [Fact]
    public void Compare_to_with_several_datasets_or_with_no_compare_is_a_usage_error()
    {
        using var run = Fake();
        File.Copy(run.PathOf(Seed), run.PathOf("input/second.json"));

        run.Run("--compare-to", Seed).ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("error: --compare-to compares one dataset with an earlier edition of it, but this run has 2 datasets; give one INPUT.");

        run.Run(Seed, "--compare-to", Seed, "--no-compare").ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("error: --compare-to and --no-compare contradict each other; give one of them.");
    }

    [Fact]
    public void A_snapshot_that_does_not_parse_is_a_warning_and_the_refresh_succeeds_without_changes()
    {
        using var run = Fake();
        Directory.CreateDirectory(run.PathOf("output/.snapshots"));
        File.WriteAllText(run.PathOf(Snapshot), "{ \"schemaVersion\": \"1.0\", ");

        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        run.Error.ShouldStartWith("warning: output/.snapshots/russia-china-summit-2025.json: the snapshot is not a valid dataset (output/.snapshots/russia-china-summit-2025.json:1:");
        run.Error.ShouldContain("; the reports are made without a change section.");
        run.Error.ShouldNotContain("   at ");
        ReportText(run).ShouldEndWith("no comparison\n");
        run.Bytes(Snapshot).ShouldBe(run.Bytes(Seed));
    }

    [Fact]
    public void A_snapshot_of_another_schema_version_is_a_warning_naming_the_version()
    {
        using var run = Fake();
        Directory.CreateDirectory(run.PathOf("output/.snapshots"));
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(run.PathOf(Seed)))!;
        json["schemaVersion"] = "7.3";
        File.WriteAllText(run.PathOf(Snapshot), json.ToJsonString());

        run.Run("--json").ShouldBe(ExitCodes.Success, run.Error);

        run.Error.Trim().ShouldBe("warning: output/.snapshots/russia-china-summit-2025.json: the snapshot has schema version \"7.3\", which this version of Reports does not read; the reports are made without a change section.");
        using var summary = JsonDocument.Parse(run.Out);
        summary.RootElement.GetProperty("datasets")[0].GetProperty("warnings")[0].GetString()!.ShouldStartWith("warning: ");
        ReportText(run).ShouldEndWith("no comparison\n");
    }

    [Fact]
    public void If_changed_counts_the_earlier_edition_as_input()
    {
        using var run = Fake();
        run.Run("--if-changed").ShouldBe(ExitCodes.Success, run.Error);

        run.Run("--if-changed").ShouldBe(ExitCodes.Success, run.Error);
        run.Out.ShouldContain("0 skipped"); // the first run had nothing to compare with; this one has
        run.Run("--if-changed").ShouldBe(ExitCodes.Success, run.Error);
        run.Out.ShouldContain("1 skipped");

        File.Copy(run.PathOf(Seed), run.PathOf("earlier.json"));
        Edit(run, "\"value\": 245,", "\"value\": 240,", "earlier.json");
        run.Run(Seed, "--if-changed", "--compare-to", "earlier.json").ShouldBe(ExitCodes.Success, run.Error);
        run.Out.ShouldContain("0 skipped");
        ReportText(run).ShouldContain("Changed trade-volume-2024: USD 240 bn → USD 245 bn, +2 %");
        run.Run(Seed, "--if-changed", "--compare-to", "earlier.json").ShouldBe(ExitCodes.Success, run.Error);
        run.Out.ShouldContain("1 skipped");

        run.Run(Seed, "--if-changed", "--no-compare").ShouldBe(ExitCodes.Success, run.Error);
        run.Out.ShouldContain("0 skipped");
        ReportText(run).ShouldEndWith("no comparison\n");
    }

    [Fact]
    public void If_changed_regenerates_when_the_snapshot_was_altered_or_removed()
    {
        using var run = Fake();
        run.Run().ShouldBe(ExitCodes.Success, run.Error);
        run.Run("--if-changed").ShouldBe(ExitCodes.Success, run.Error);

        File.Delete(run.PathOf(Snapshot));
        run.Run("--if-changed").ShouldBe(ExitCodes.Success, run.Error);

        run.Out.ShouldContain("0 skipped");
        ReportText(run).ShouldEndWith("no comparison\n");
        File.Exists(run.PathOf(Snapshot)).ShouldBeTrue();
    }

    [Fact]
    public void A_failed_write_keeps_the_old_snapshot_so_the_next_run_shows_the_same_changes()
    {
        using var good = Fake();
        good.Run().ShouldBe(ExitCodes.Success, good.Error);
        var before = good.Bytes(Snapshot);
        Edit(good, "\"value\": 245,", "\"value\": 260,");
        var failing = new CliRun { Writers = [new FakeWriter(_ => throw new IOException("No space left on device"))] };
        using var _ = failing;
        CopyTree(good.Folder, failing.Folder);

        failing.Run().ShouldBe(ExitCodes.OutputFailed);

        failing.Bytes(Snapshot).ShouldBe(before);
        Directory.GetFiles(failing.PathOf("output/.snapshots"), "*" + AtomicFile.TempSuffix).ShouldBeEmpty();
    }

    [Fact]
    public void A_snapshot_left_half_written_by_a_killed_run_is_removed_by_the_next_run()
    {
        using var run = Fake();
        Directory.CreateDirectory(run.PathOf("output/.snapshots"));
        var stale = run.PathOf("output/.snapshots/.russia-china-summit-2025.json.4242" + AtomicFile.TempSuffix);
        File.WriteAllText(stale, "{ half a dataset");

        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        File.Exists(stale).ShouldBeFalse();
    }

    [Fact]
    public void Help_lists_the_comparison_options()
    {
        using var run = new CliRun();

        run.Run("generate", "--help").ShouldBe(ExitCodes.Success);

        run.Out.ShouldContain("--compare-to <FILE>");
        run.Out.ShouldContain("--no-compare");
    }

    static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(dir.Replace(from, to));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to), overwrite: true);
    }
}
