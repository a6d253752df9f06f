using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// The size of the values of a set of key-figure cards: the largest size, from 20 pt down to 12 pt,
/// at which every value fits on one line of its card ("USD 245 bn" should not break before "bn").
/// All cards of the set share it, so they read as one. <c>Fits</c> is false when even 12 pt is too
/// large: the cards must make room.
/// </summary>
internal static class KeyFigureValueSize
{
    private const double Largest = 20;
    private const double Smallest = 12;
    private const double Step = 1;

    /// <param name="color">The values' colour (the look's heading colour).</param>
    public static (TextStyle Style, bool Fits) Fit(TextEngine text, IEnumerable<string> values, double width, string color)
    {
        var style = new TextStyle(FontVariant.Bold, Largest, color);
        var widest = values.Select(v => text.SingleLine(new StyledSpan(v, style), 1).Width).DefaultIfEmpty(0).Max();
        var size = widest <= width ? Largest : Math.Max(Smallest, Math.Floor(Largest * width / widest / Step) * Step);
        return (style with { Size = size }, widest * size / Largest <= width);
    }
}
