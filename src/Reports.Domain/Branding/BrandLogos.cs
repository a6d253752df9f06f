namespace Reports.Domain.Branding;

/// <summary>The brand's logos by size (<c>logo.small</c>, <c>medium</c>, <c>large</c>); null where none is given.</summary>
public sealed record BrandLogos(BrandLogo? Small, BrandLogo? Medium, BrandLogo? Large)
{
    public static BrandLogos None { get; } = new(null, null, null);

    /// <summary>For the cover: the large logo, else the medium, else the small one.</summary>
    public BrandLogo? ForCover => Large ?? Medium ?? Small;

    /// <summary>For the running header, a line high: the small logo, else the medium, else the large one.</summary>
    public BrandLogo? ForHeader => Small ?? Medium ?? Large;
}
