namespace Reports.Domain.Branding;

/// <summary>
/// What policy briefs carry (<c>defaults.reports</c>): a protective marking ("OFFICIAL") centred at the top and
/// bottom of every page, a watermark ("DRAFT") across each page, faint over the content, and a disclaimer, with
/// where it goes (<see cref="DisclaimerOnCover"/>: the cover, else the last page).
/// </summary>
public sealed record BrandMarkings(string? Marking, string? Watermark, string? Disclaimer, bool DisclaimerOnCover)
{
    public static BrandMarkings None { get; } = new(null, null, null, false);
}
