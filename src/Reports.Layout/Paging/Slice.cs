namespace Reports.Layout.Paging;

/// <summary>
/// The unit of pagination: a horizontal strip of the content column that is never split (a line of
/// text, a table row, a chart). Its boxes are relative to the strip's top-left corner.
/// </summary>
internal sealed record Slice(double Height, IReadOnlyList<PlacedBox> Content)
{
    public BreakRule BreakBefore { get; init; }

    /// <summary>White space above the slice, dropped when the slice opens a page.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>A table header to draw first when this slice opens a page (a continued table).</summary>
    public Slice? RepeatHeader { get; init; }

    /// <summary>A spacer: dropped when a page opens with it after an automatic break.</summary>
    public bool DropAtPageTop { get; init; }

    public int BlockIndex { get; init; }
}
