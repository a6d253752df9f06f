namespace Reports.Cli.Running;

/// <summary>Turns INPUT arguments (files or folders) into the sorted list of dataset files to process.</summary>
internal static class DatasetDiscovery
{
    /// <summary>Every *.json in a folder except *.schema.json; a file named directly is always taken.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Problems) Find(IEnumerable<string> inputs, CliContext context)
    {
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var input in inputs)
        {
            var path = context.Resolve(input);
            if (Directory.Exists(path))
                AddFolder(path, input, files, problems);
            else if (File.Exists(path))
                files.Add(path);
            else
                problems.Add($"{input}: no such file or folder. Expected a dataset file (.json) or a folder of them.");
        }
        var sorted = files.Distinct(StringComparer.Ordinal)
            .OrderBy(Path.GetFileName, StringComparer.Ordinal).ThenBy(f => f, StringComparer.Ordinal).ToList();
        return (sorted, problems);
    }

    static void AddFolder(string path, string input, List<string> files, List<string> problems)
    {
        var found = Directory.EnumerateFiles(path, "*.json", SearchOption.TopDirectoryOnly)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (found.Count == 0)
            problems.Add($"{input}: the folder holds no datasets. Expected *.json files (other than *.schema.json).");
        files.AddRange(found);
    }
}
