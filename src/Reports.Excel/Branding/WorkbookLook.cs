using Reports.Domain.Branding;

namespace Reports.Excel.Branding;

/// <summary>
/// The workbook's colours ("RRGGBB", as Open XML writes them): chart series, and the table style's header fill,
/// header text and row stripe. <see cref="Default"/> is the built-in look (Excel's TableStyleMedium2 and the
/// built-in series colours); a brand gives its own table style, "Reports Brand", and its colours first in the series.
/// </summary>
/// <param name="TableStyle">The table style every table uses.</param>
/// <param name="Custom">Whether <paramref name="TableStyle"/> is defined in the workbook (a brand's) rather than built in.</param>
internal sealed record WorkbookLook(IReadOnlyList<string> ChartPalette, string TableStyle, bool Custom, string HeaderFill, string HeaderText, string StripeFill)
{
    public const string BrandTableStyle = "Reports Brand";

    static readonly string[] BuiltInPalette = ["1F4E79", "C55A11", "548235", "7F6000", "7030A0", "2E75B6", "BF9000", "843C0C"];

    public static WorkbookLook Default { get; } = new(BuiltInPalette, "TableStyleMedium2", false, "4472C4", "FFFFFF", "D9E1F2");

    public static WorkbookLook For(Brand brand)
    {
        if (brand.File is null)
            return Default;
        var c = brand.Colors;
        var palette = c.Series.Select(Bare).Concat(BuiltInPalette).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (c.Primary is not { } primary)
            return Default with { ChartPalette = palette };
        return new WorkbookLook(palette, BrandTableStyle, true, Bare(primary.Hex), Bare(c.Text.OnPrimary ?? "#FFFFFF"), Tint(primary.Hex));
    }

    static string Bare(string hex) => hex.TrimStart('#').ToUpperInvariant();

    /// <summary>The colour mixed with 85 % white: a stripe light enough for any text colour on it.</summary>
    static string Tint(string hex)
    {
        int Channel(int at) => Convert.ToInt32(hex.Substring(at, 2), 16);
        int Light(int c) => (int)Math.Round(c + ((255 - c) * 0.85), MidpointRounding.AwayFromZero);
        return $"{Light(Channel(1)):X2}{Light(Channel(3)):X2}{Light(Channel(5)):X2}";
    }
}
