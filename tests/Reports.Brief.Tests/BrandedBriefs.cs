using Reports.Domain.Branding;

namespace Reports.Brief.Tests;

/// <summary>The seed rendered with each example brand in examples/ (rendered once each).</summary>
internal static class BrandedBriefs
{
    static readonly Lazy<Brand> MinistryBrand = new(() => Load("ministry"));
    static readonly Lazy<Brand> PressOfficeBrand = new(() => Load("press-office"));
    static readonly Lazy<byte[]> MinistryPdf = new(() => Briefs.Render(Briefs.Seed, Briefs.Options with { Brand = MinistryBrand.Value }));
    static readonly Lazy<byte[]> PressOfficePdf = new(() => Briefs.Render(Briefs.Seed, Briefs.Options with { Brand = PressOfficeBrand.Value }));

    public static Brand Ministry => MinistryBrand.Value;
    public static Brand PressOffice => PressOfficeBrand.Value;
    public static byte[] MinistryBytes => MinistryPdf.Value;
    public static byte[] PressOfficeBytes => PressOfficePdf.Value;

    static Brand Load(string example)
    {
        var result = BrandLoader.Load(Repository.Path("examples", example, "_brand.yml"), $"examples/{example}/_brand.yml");
        return result.Brand ?? throw new InvalidOperationException(string.Join("\n", result.Errors));
    }

    /// <summary>A letter's fill colour as "#RRGGBB".</summary>
    public static string Hex(UglyToad.PdfPig.Content.Letter letter)
    {
        var (r, g, b) = letter.Color.ToRGBValues();
        return $"#{(int)Math.Round(r * 255):X2}{(int)Math.Round(g * 255):X2}{(int)Math.Round(b * 255):X2}";
    }
}
