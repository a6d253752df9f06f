namespace Reports.Domain.Loading;

/// <summary>One problem in a dataset file, located precisely enough to fix it without searching.</summary>
/// <param name="File">The dataset file as the user named it.</param>
/// <param name="Line">1-based line; 0 when the problem is the file as a whole.</param>
/// <param name="Column">1-based column in characters; 0 when the problem is the file as a whole.</param>
/// <param name="Path">JSON path of the offending value, e.g. "$.indicators[3].unit"; "$" for the document.</param>
/// <param name="Problem">What is wrong.</param>
/// <param name="Expected">What would be right, when that can be said.</param>
public sealed record DatasetError(string File, int Line, int Column, string Path, string Problem, string? Expected)
{
    /// <summary>A warning is printed marked "warning:" and does not stop the dataset.</summary>
    public Severity Severity { get; init; } = Severity.Error;

    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var mark = Severity == Severity.Warning ? "warning: " : "";
        var expected = Expected is null ? "" : $" Expected: {Expected}";
        return $"{where}: {Path}: {mark}{Problem}{expected}";
    }
}
