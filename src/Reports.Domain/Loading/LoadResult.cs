using Reports.Domain.Model;

namespace Reports.Domain.Loading;

/// <summary>Either a valid summit or every error found in the file; never both.</summary>
public sealed record LoadResult(string File, Summit? Summit, IReadOnlyList<DatasetError> Errors)
{
    public bool IsValid => Summit is not null && Errors.Count == 0;

    /// <summary>What loads but deserves a look (a chart whose bars differ too much to read), located like the errors.</summary>
    public IReadOnlyList<DatasetError> Warnings { get; init; } = [];

    /// <summary>Indexes where the values at these paths sit in the file, when problems found after loading need it.</summary>
    internal Func<IEnumerable<string>, SourcePositions>? Positions { get; init; }

    public static LoadResult Valid(string file, Summit summit) => new(file, summit, []);

    public static LoadResult Invalid(string file, IReadOnlyList<DatasetError> errors) => new(file, null, errors);

    /// <summary>
    /// A problem found in the summit after loading (by a report's own check), located in the file like
    /// the loader's errors: line and column of the value at <paramref name="path"/>, or of its nearest parent.
    /// </summary>
    public DatasetError Locate(string path, string problem, string? expected) => LocateAll([(path, problem, expected)])[0];

    /// <summary><see cref="Locate"/> for many problems at once: one pass over the file for all of them.</summary>
    public IReadOnlyList<DatasetError> LocateAll(IReadOnlyList<(string Path, string Problem, string? Expected)> problems)
    {
        var positions = problems.Count == 0 ? null : Positions?.Invoke(problems.Select(p => p.Path));
        return problems.Select(p =>
        {
            var (line, column) = positions?.Of(p.Path) ?? (0, 0);
            return new DatasetError(File, line, column, p.Path, p.Problem, p.Expected);
        }).ToList();
    }
}
