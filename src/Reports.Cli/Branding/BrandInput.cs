using Reports.Domain.Branding;
using Reports.Domain.Loading;

namespace Reports.Cli.Branding;

/// <summary>The brand that applies to a dataset, read once per run: the brand itself or its errors, its warnings, and its record.</summary>
internal sealed record BrandInput(Brand? Brand, IReadOnlyList<DatasetError> Errors, IReadOnlyList<DatasetError> Warnings, BrandRecord? Record)
{
    /// <summary>No brand file applies: the built-in look.</summary>
    public static BrandInput BuiltIn { get; } = new(Brand.None, [], [], null);
}
