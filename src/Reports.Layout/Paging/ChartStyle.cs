namespace Reports.Layout.Paging;

/// <summary>
/// Sizes (points) and colours of chart text and marks. The Okabe–Ito palette stays distinguishable
/// with the common colour-vision deficiencies; yellow comes last because it is faint on white.
/// </summary>
public static class ChartStyle
{
    public const float TickSize = 7.5f;
    public const float AxisTitleSize = 8f;
    public const float LegendSize = 7.5f;
    public const float DataLabelSize = 7f;

    public static IReadOnlyList<string> Palette { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"];
}
