namespace Reports.Layout.Model;

/// <summary>
/// A chart drawn as vectors. <paramref name="Height"/> is the height of the plot in points; the title
/// above and the caption below add to it. A chart is never split across pages.
/// </summary>
public sealed record ChartBlock(ChartDescription Chart, double Height = 240) : Block;
