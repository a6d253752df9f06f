namespace Reports.Layout.Paging;

/// <summary>
/// The house look (the colours of <see cref="Model.Look.Default"/> and the fixed greys): one type family, a navy/teal accent, muted greys, thin rules, light card fills.
/// Sizes in points.
/// </summary>
public static class Theme
{
    public const string Ink = "#1F2933";
    public const string Navy = "#0B2545";
    public const string Teal = "#13807A";
    public const string Muted = "#5F6B7A";
    public const string Rule = "#C8D2DC";
    public const string LightRule = "#E1E7ED";
    public const string CardFill = "#F1F5F8";
    public const string Zebra = "#F5F7FA";
    public const string Link = "#0F6E8C";
    public const string White = "#FFFFFF";
    public const string Lead = "#243B53";

    public const double BodySize = 10;
    public const double BodyLineHeight = 1.5;
    public const double SmallSize = 8;
    public const double DecorationSize = 7.5;
    public const double HairLine = 0.5;
}
