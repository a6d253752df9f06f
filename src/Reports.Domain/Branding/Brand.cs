namespace Reports.Domain.Branding;

/// <summary>
/// An organisation's look, read from a brand.yml file (Posit's format, as Quarto and Shiny read it):
/// its name, colours, fonts, logos and the markings its briefs carry. Every colour is resolved to
/// "#RRGGBB" and every file to a full path that exists and could be read.
/// </summary>
/// <param name="File">The brand file's full path; null for the built-in look.</param>
/// <param name="Name">The organisation (<c>meta.name</c>, its <c>full</c> form when it has two).</param>
/// <param name="Assets">Every file the brand names (logos, fonts), full paths in the order they appear: with the
/// brand file, what a report made with it depends on.</param>
public sealed record Brand(
    string? File,
    string? Name,
    BrandColors Colors,
    BrandTypography Typography,
    BrandLogos Logos,
    BrandMarkings Markings,
    IReadOnlyList<string> Assets)
{
    /// <summary>No brand file: the built-in look, no organisation, no markings.</summary>
    public static Brand None { get; } = new(null, null, BrandColors.None, BrandTypography.None, BrandLogos.None, BrandMarkings.None, []);

    /// <summary>This brand with the run's <c>--marking</c> and <c>--watermark</c> (null leaves the brand's own).</summary>
    public Brand WithMarkings(string? marking, string? watermark) =>
        marking is null && watermark is null ? this : this with { Markings = Markings with { Marking = marking ?? Markings.Marking, Watermark = watermark ?? Markings.Watermark } };
}
