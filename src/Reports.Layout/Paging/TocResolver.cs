using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// Second pass of the table of contents: once the heading an entry names has its page, the pending number
/// becomes the real page number, right-aligned, with dot leaders on a fixed pitch (so the dots of
/// all entries line up). Numbers sit in a reserved column, so the pass cannot change pagination.
/// </summary>
public sealed class TocResolver(TextEngine text)
{
    private const double Pitch = 4.5;
    private const double NumberGap = 5;

    /// <summary>The leader dots (decoration, first) and the runs of page number <paramref name="page"/> that replace <paramref name="pending"/>.</summary>
    public List<PlacedBox> Boxes(PendingPageNumber pending, int page)
    {
        var style = pending.Style;
        var number = text.SingleLine(new StyledSpan(page.ToString(System.Globalization.CultureInfo.InvariantCulture), style), 1);
        var bounds = pending.Bounds;
        var numberX = bounds.Right - number.Width;
        var boxes = new List<PlacedBox>();
        var leader = Leader(style with { Variant = FontVariant.Regular, Color = Theme.Muted }, bounds.X, numberX - NumberGap);
        if (leader is not null)
            boxes.Add(PlacedText.From(leader, leader.X, bounds.Y, bounds.Height, pending.Baseline) with { BlockIndex = pending.BlockIndex });
        foreach (var run in number.Runs)
            boxes.Add(PlacedText.From(run, numberX + run.X, bounds.Y, bounds.Height, pending.Baseline, pending.Node) with { BlockIndex = pending.BlockIndex, UnitStart = run.X, UnitWidth = number.Width });
        return boxes;
    }

    /// <summary>A run of dots at x = k × pitch between the two limits, or null when there is no room.</summary>
    private TextRun? Leader(TextStyle style, double from, double to)
    {
        var dot = text.SingleLine(new StyledSpan(".", style), 1).Runs[0];
        var first = Math.Ceiling(from / Pitch) * Pitch;
        var count = (int)Math.Floor((to - dot.Width - first) / Pitch) + 1;
        if (count <= 0)
            return null;
        var pitch = (int)Math.Round(Pitch * dot.UnitsPerEm / style.Size);
        return dot with
        {
            X = first,
            Width = ((count - 1) * Pitch) + dot.Width,
            Glyphs = [.. Enumerable.Repeat(dot.Glyphs[0], count)],
            Text = new string('.', count),
            InkStart = 0,
            InkEnd = ((count - 1) * Pitch) + dot.Width,
            Advances = [.. Enumerable.Repeat(pitch, count)],
            OffsetsX = new int[count],
            OffsetsY = new int[count],
            Clusters = [.. Enumerable.Range(0, count)],
        };
    }
}
