using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// A line of page furniture (running header and footer, marking, watermark): one line of text at 1.2 times its
/// size, belonging to no block and no structure element, placed by its baseline in page coordinates (points).
/// </summary>
internal static class FurnitureLine
{
    private const double LineHeight = 1.2;

    public static TextLine Of(TextEngine text, string value, TextStyle style) =>
        text.SingleLine(new StyledSpan(value, style), LineHeight);

    /// <summary>Places <paramref name="line"/> from <paramref name="x"/> (its left end) with its baseline at <paramref name="baseline"/>.</summary>
    public static void Place(TextLine line, double x, double baseline, List<PlacedBox> boxes) =>
        TextPlacer.Place(line, x, baseline - line.Baseline, 0, CellAlign.Left, boxes, node: null);

    /// <summary>Places <paramref name="line"/> centred on <paramref name="centre"/> with its baseline at <paramref name="baseline"/>.</summary>
    public static void PlaceCentred(TextLine line, double centre, double baseline, List<PlacedBox> boxes) =>
        Place(line, centre - (line.Width / 2), baseline, boxes);
}
