namespace Reports.Tests.Support;

/// <summary>Paths in the repository the tests run from (found by walking up to Reports.sln).</summary>
internal static class Repository
{
    /// <summary>The folder holding Reports.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the root: <c>Repository.Path("input", "x.json")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The seed dataset in input/.</summary>
    public static string SeedPath => Path("input", "russia-china-summit-2025.json");

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Reports.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository (Reports.sln not found above the test folder).");
    }
}
