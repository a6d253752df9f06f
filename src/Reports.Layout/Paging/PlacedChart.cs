using Reports.Layout.Model;

namespace Reports.Layout.Paging;

/// <summary>The plot area of a chart; the renderer draws it as vectors within these bounds.</summary>
public sealed record PlacedChart(Rect Bounds, ChartDescription Chart) : PlacedBox(Bounds)
{
    public ChartFaces Faces { get; init; } = null!;

    /// <summary>Category labels as drawn, wrapped onto lines with "\n" to fit under their bars (never inside a word).</summary>
    public IReadOnlyList<string> CategoryLabels { get; init; } = [];

    /// <summary>The size of the category labels in points (smaller than the tick size when labels are long).</summary>
    public float CategoryLabelSize { get; init; } = ChartStyle.TickSize;

    /// <summary>True when the labels are too long for their slots and run vertically, one line each.</summary>
    public bool CategoryLabelsVertical { get; init; }

    /// <summary>With vertical labels, the depth in points of the longest one (the room the category axis takes).</summary>
    public double CategoryLabelDepth { get; init; }

    /// <summary>False when data labels would collide (bars narrower than their labels).</summary>
    public bool ShowDataLabels { get; init; } = true;

    /// <summary>Series colours "#RRGGBB", in order, repeated when there are more series (the document's look).</summary>
    public IReadOnlyList<string> Palette { get; init; } = ChartStyle.Palette;

    /// <summary>The colour of series <paramref name="series"/> (0-based).</summary>
    public string SeriesColor(int series) => Palette[series % Palette.Count];

    /// <summary>
    /// A chart of a right-to-left document: the first category at the right and the value axis on the right,
    /// so the bars are read from the right as the text around them is (see <c>ChartPlotBuilder</c> in Reports.Charts).
    /// </summary>
    public bool RightToLeft { get; init; }

    /// <summary>Stacked segments smaller than this (in data units) are too short to hold their label.</summary>
    public double MinimumLabeledSegment { get; init; }
}
