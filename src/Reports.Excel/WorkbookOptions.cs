namespace Reports.Excel;

/// <summary>What the workbook says about how it was made.</summary>
/// <param name="GeneratedAt">Written as the workbook's created and modified dates and on the About sheet;
/// the same input and the same value give a byte-identical file.</param>
/// <param name="InputFileName">The dataset file name shown on the About sheet (no path needed).</param>
/// <param name="InputSha256">The dataset file's SHA-256, hexadecimal.</param>
/// <param name="GeneratorVersion">The version of Reports that wrote the file.</param>
public sealed record WorkbookOptions(
    DateTimeOffset GeneratedAt,
    string InputFileName,
    string InputSha256,
    string GeneratorVersion)
{
    /// <summary>The organisation's look: its name in the properties, its colours in tables and charts.</summary>
    public Domain.Branding.Brand Brand { get; init; } = Domain.Branding.Brand.None;
}
