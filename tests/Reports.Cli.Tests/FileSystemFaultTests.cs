using System.Diagnostics;
using System.Security.Cryptography;
using Reports.Cli.Output;

namespace Reports.Cli.Tests;

/// <summary>
/// Real file-system faults: a full disk and a read-only folder, made with a small tmpfs mounted over the
/// output folder. Mounting needs root (CI here runs as root); elsewhere these tests are skipped (and fail
/// under CI), and the injected-failure tests in <see cref="RefreshRunTests"/> cover the same paths.
/// </summary>
public sealed class FileSystemFaultTests
{
    const string Workbook = "output/russia-china-summit-2025.xlsx";

    [SkippableFact]
    public void A_full_disk_exits_3_naming_the_file_and_keeps_the_previous_reports()
    {
        Prerequisite.RequireRoot();
        using var run = CliRun.WithSeed();
        using var mount = TmpfsMount.Mount(run.PathOf("output"), "size=100k");
        run.Run("--format", "xlsx").ShouldBe(ExitCodes.Success, run.Error);
        var before = Sha(run.Bytes(Workbook));

        run.Run().ShouldBe(ExitCodes.OutputFailed);

        run.Error.ShouldContain("output/russia-china-summit-2025.");
        run.Error.ShouldContain("No space left on device");
        run.Error.ShouldNotContain("   at ");
        Sha(run.Bytes(Workbook)).ShouldBe(before);
        Directory.GetFiles(run.PathOf("output"), "*" + AtomicFile.TempSuffix).ShouldBeEmpty();
    }

    [SkippableFact]
    public void A_read_only_output_folder_exits_3_naming_the_folder_and_keeps_the_previous_reports()
    {
        Prerequisite.RequireRoot();
        using var run = CliRun.WithSeed();
        using var mount = TmpfsMount.Mount(run.PathOf("output"), "size=4m");
        run.Run().ShouldBe(ExitCodes.Success, run.Error);
        var before = Sha(run.Bytes(Workbook));
        mount.Remount("ro");

        run.Run().ShouldBe(ExitCodes.OutputFailed);

        run.Error.ShouldContain("output");
        run.Error.ShouldContain("Read-only file system");
        run.Error.ShouldNotContain("   at ");
        Sha(run.Bytes(Workbook)).ShouldBe(before);
    }

    static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    sealed class TmpfsMount : IDisposable
    {
        readonly string _path;

        TmpfsMount(string path) => _path = path;

        /// <summary>Mounts a tmpfs over <paramref name="path"/>; a failing mount (as root) fails the test.</summary>
        public static TmpfsMount Mount(string path, string options)
        {
            Directory.CreateDirectory(path);
            Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", path).ShouldBeTrue($"mount -t tmpfs -o {options} failed");
            return new TmpfsMount(path);
        }

        public void Remount(string options) => Run("mount", "-o", "remount," + options, _path).ShouldBeTrue();

        public void Dispose() => Run("umount", "-l", _path);

        static bool Run(string command, params string[] args)
        {
            var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in args)
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
    }
}
