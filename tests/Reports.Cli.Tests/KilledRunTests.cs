using System.Security.Cryptography;
using Reports.Cli.Output;
using Reports.Synthetic;

namespace Reports.Cli.Tests;

/// <summary>A run killed with SIGKILL while writing leaves the previous reports intact and nothing that trips the next run.</summary>
public sealed class KilledRunTests
{
    [Fact]
    public void SIGKILL_during_writing_leaves_the_previous_reports_byte_for_byte()
    {
        using var run = new CliRun();
        var input = Directory.CreateDirectory(run.PathOf("input")).FullName;
        var dataset = Path.Combine(input, "big.json");
        File.WriteAllText(dataset, SyntheticDataset.Json(12));
        run.Run().ShouldBe(ExitCodes.Success, run.Error);
        var before = Hashes(run);

        File.WriteAllText(dataset, SyntheticDataset.Json(30_000));
        using (var process = ProcessRun.Start(run.Folder, new Dictionary<string, string>()))
        {
            WaitForTemporaryFile(run.PathOf("output"), process);
            process.Kill();
            process.WaitForExit();
        }

        Hashes(run).ShouldBe(before);
        File.WriteAllText(dataset, SyntheticDataset.Json(12));
        run.Run().ShouldBe(ExitCodes.Success, run.Error);
        Directory.GetFiles(run.PathOf("output"), "*" + AtomicFile.TempSuffix).ShouldBeEmpty();
        File.Exists(run.PathOf("output/" + OutputLock.FileName)).ShouldBeFalse();
    }

    static void WaitForTemporaryFile(string output, System.Diagnostics.Process process)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!Directory.EnumerateFiles(output, "*" + AtomicFile.TempSuffix).Any(f => new FileInfo(f).Length > 0))
        {
            process.HasExited.ShouldBeFalse("the run finished before it could be killed mid-write");
            (DateTime.UtcNow < deadline).ShouldBeTrue("no report was being written after 2 minutes");
            Thread.Sleep(20);
        }
    }

    static Dictionary<string, string> Hashes(CliRun run) =>
        new[] { "big.pdf", "big.xlsx" }.ToDictionary(f => f, f => Convert.ToHexStringLower(SHA256.HashData(run.Bytes("output/" + f))));
}
