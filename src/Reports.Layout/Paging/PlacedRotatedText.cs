namespace Reports.Layout.Paging;

/// <summary>
/// Text turned by <paramref name="Degrees"/> (anticlockwise) about the point (<paramref name="CentreX"/>,
/// <paramref name="CentreY"/>) of the page: the watermark. <paramref name="Text"/> is placed as if upright.
/// </summary>
public sealed record PlacedRotatedText(PlacedText Text, double Degrees, double CentreX, double CentreY) : PlacedBox(Text.Bounds)
{
    /// <summary>Its constant opacity, 0 to 1 (1 opaque): the watermark is drawn over the content and lets it show through.</summary>
    public double Opacity { get; init; } = 1;
}
