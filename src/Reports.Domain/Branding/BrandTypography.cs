namespace Reports.Domain.Branding;

/// <summary>
/// The brand's type (<c>typography</c>): the families of body text and headings, the body size in points and the
/// heading weight, and the font files the brand ships (<c>fonts</c> with <c>source: file</c>). The built-in fonts
/// stay behind them for any script they lack.
/// </summary>
/// <param name="BaseSize">Body text size in points; null keeps the built-in 10 pt.</param>
/// <param name="HeadingsBold">Whether headings are bold (weight 600 or more, or "bold"); null keeps bold.</param>
public sealed record BrandTypography(
    string? BaseFamily,
    double? BaseSize,
    string? HeadingsFamily,
    bool? HeadingsBold,
    IReadOnlyList<BrandFontFile> Files)
{
    public static BrandTypography None { get; } = new(null, null, null, null, []);

    /// <summary>The heading weight as given (100–900; "normal" 400, "bold" 700); null when the brand gives none.</summary>
    public int? HeadingsWeight { get; init; }
}

/// <summary>One font file of a family (full path), with its weight (400 normal, 700 bold) and whether it is italic.</summary>
public sealed record BrandFontFile(string Family, string Path, int Weight, bool Italic);
