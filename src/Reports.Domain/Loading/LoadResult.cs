using Reports.Domain.Model;

namespace Reports.Domain.Loading;

/// <summary>Either a valid summit or every error found in the file; never both.</summary>
public sealed record LoadResult(string File, Summit? Summit, IReadOnlyList<DatasetError> Errors)
{
    public bool IsValid => Summit is not null && Errors.Count == 0;

    public static LoadResult Valid(string file, Summit summit) => new(file, summit, []);

    public static LoadResult Invalid(string file, IReadOnlyList<DatasetError> errors) => new(file, null, errors);
}
