using Reports.Domain.Model;

namespace Reports.Domain.Loading;

/// <summary>Either a valid summit or every error found in the file; never both.</summary>
public sealed record LoadResult(string File, Summit? Summit, IReadOnlyList<DatasetError> Errors)
{
    public bool IsValid => Summit is not null && Errors.Count == 0;

    /// <summary>What loads but deserves a look (a chart whose bars differ too much to read), located like the errors.</summary>
    public IReadOnlyList<DatasetError> Warnings { get; init; } = [];

    /// <summary>Where each value sits in the file, indexed only when a problem found after loading needs it.</summary>
    internal Lazy<SourcePositions>? Positions { get; init; }

    public static LoadResult Valid(string file, Summit summit) => new(file, summit, []);

    public static LoadResult Invalid(string file, IReadOnlyList<DatasetError> errors) => new(file, null, errors);

    /// <summary>
    /// A problem found in the summit after loading (by a report's own check), located in the file like
    /// the loader's errors: line and column of the value at <paramref name="path"/>, or of its nearest parent.
    /// </summary>
    public DatasetError Locate(string path, string problem, string? expected)
    {
        var (line, column) = Positions?.Value.Of(path) ?? (0, 0);
        return new DatasetError(File, line, column, path, problem, expected);
    }
}
