using System.Security.Cryptography;

namespace Reports.Cli.Tests;

/// <summary>Same input and SOURCE_DATE_EPOCH give the same bytes, whatever the folder, time zone or locale of the host.</summary>
public sealed class ReproducibilityTests
{
    static Dictionary<string, string> Host(string timeZone, string locale) => new()
    {
        ["SOURCE_DATE_EPOCH"] = "1746662400",
        ["TZ"] = timeZone,
        ["LANG"] = locale,
        ["LC_ALL"] = locale,
    };

    static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(Path.Combine(folder, "output"))
            .Where(f => !f.EndsWith("manifest.json", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void Two_runs_in_different_folders_time_zones_and_locales_give_identical_files()
    {
        using var first = CliRun.WithSeed();
        using var second = CliRun.WithSeed();

        var a = ProcessRun.Run(first.Folder, Host("UTC", "en_US.UTF-8"));
        var b = ProcessRun.Run(second.Folder, Host("Asia/Kathmandu", "de_DE.UTF-8"));

        a.ExitCode.ShouldBe(0, a.Error);
        b.ExitCode.ShouldBe(0, b.Error);
        var hashes = Hashes(first.Folder);
        hashes.Keys.ShouldContain("russia-china-summit-2025.xlsx");
        Hashes(second.Folder).ShouldBe(hashes);
    }

    [Fact]
    public void Without_SOURCE_DATE_EPOCH_dates_come_from_the_dataset_so_reruns_are_identical()
    {
        using var run = CliRun.WithSeed();
        // The first run has no earlier edition; the second compares with the first's snapshot (no changes).
        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        run.Run().ShouldBe(ExitCodes.Success, run.Error);
        var before = Hashes(run.Folder);
        Clock.WaitForNextZipTimestamp();
        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        Hashes(run.Folder).ShouldBe(before);
    }

    [Fact]
    public void A_different_SOURCE_DATE_EPOCH_changes_the_recorded_date()
    {
        using var run = CliRun.WithSeed();
        run.Environment["SOURCE_DATE_EPOCH"] = "1746662400";
        run.Run().ShouldBe(ExitCodes.Success, run.Error);
        var before = Hashes(run.Folder);

        run.Environment["SOURCE_DATE_EPOCH"] = "1767225600";
        run.Run().ShouldBe(ExitCodes.Success, run.Error);

        Hashes(run.Folder)["russia-china-summit-2025.xlsx"].ShouldNotBe(before["russia-china-summit-2025.xlsx"]);
    }
}
