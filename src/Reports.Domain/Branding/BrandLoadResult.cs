using Reports.Domain.Loading;

namespace Reports.Domain.Branding;

/// <summary>Either a brand or every error found in its file; warnings (a colour too faint for text) either way.</summary>
public sealed record BrandLoadResult(Brand? Brand, IReadOnlyList<DatasetError> Errors, IReadOnlyList<DatasetError> Warnings)
{
    public bool IsValid => Brand is not null && Errors.Count == 0;
}
