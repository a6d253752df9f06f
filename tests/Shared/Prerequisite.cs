namespace Reports.Tests.Support;

/// <summary>
/// Something a test needs that the SDK does not bring (a tool, a font, root). When it is missing the test
/// never passes: under CI (<c>CI=true</c>) it fails with the command that installs it; on a developer
/// machine it is a visible skip saying the same. Use it in a <c>[SkippableFact]</c>.
/// </summary>
internal static class Prerequisite
{
    /// <summary>The one command that installs everything the tests need (README, "Prerequisites").</summary>
    public const string InstallAll = "sudo bash .ci/install-prerequisites";

    public static bool UnderCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Stops the test when <paramref name="present"/> is false: a failure under CI, a skip elsewhere.</summary>
    public static void Require(bool present, string what, string install = InstallAll)
    {
        if (present)
            return;
        var message = $"{what} is missing: install it with `{install}`.";
        if (UnderCi)
            Assert.Fail(message);
        Skip.If(true, message);
    }

    /// <summary>A command-line tool on PATH (e.g. "qpdf").</summary>
    public static void RequireTool(string command, string install = InstallAll) =>
        Require(OnPath(command), $"the `{command}` command", install);

    /// <summary>The tests run as root (needed to mount a tmpfs for real disk-full and read-only faults).</summary>
    public static void RequireRoot() =>
        Require(Environment.UserName == "root", "root (the real file-system fault tests mount a tmpfs)", "run the tests as root, as CI does");

    public static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(System.IO.Path.Combine(dir, command)));
}
