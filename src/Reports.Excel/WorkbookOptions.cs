using System.Globalization;
using Reports.Domain.Wording;

namespace Reports.Excel;

/// <summary>What the workbook says about how it was made.</summary>
/// <param name="GeneratedAt">Written as the workbook's created and modified dates and on the About sheet;
/// the same input and the same value give a byte-identical file.</param>
/// <param name="InputFileName">The dataset file name shown on the About sheet (no path needed).</param>
/// <param name="InputSha256">The dataset file's SHA-256, hexadecimal.</param>
/// <param name="GeneratorVersion">The version of Reports that wrote the file.</param>
/// <param name="Language">The language of the workbook's own words: sheet names, headers, sentences (null: English).</param>
/// <param name="Culture">How figures written as text are formatted (null: the language's culture). Numbers stay numbers.</param>
public sealed record WorkbookOptions(
    DateTimeOffset GeneratedAt,
    string InputFileName,
    string InputSha256,
    string GeneratorVersion,
    Language? Language = null,
    CultureInfo? Culture = null)
{
    /// <summary>The organisation's look: its name in the properties, its colours in tables and charts.</summary>
    public Domain.Branding.Brand Brand { get; init; } = Domain.Branding.Brand.None;

    /// <summary>The workbook's own words.</summary>
    public Words Words => Words.For(Language ?? Domain.Wording.Language.English);
}
