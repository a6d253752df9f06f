using System.Globalization;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// Shortens text to a width with a trailing "…": after the last whole word that fits, or, when not even
/// the first word fits, between whole characters (grapheme clusters).
/// </summary>
internal static class Ellipsis
{
    public const string Mark = "…";

    /// <summary>The text itself when it fits on one line of <paramref name="width"/>; else its longest start that fits with "…".</summary>
    public static string Fit(TextEngine text, string value, TextStyle style, double width)
    {
        if (Width(text, value, style) <= width)
            return value;
        var stops = StringInfo.ParseCombiningCharacters(value);
        var (low, high) = (0, stops.Length - 1);
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Width(text, Shortened(value, stops[mid]), style) <= width)
                low = mid;
            else
                high = mid - 1;
        }

        var cut = low == 0 ? 0 : stops[low];
        var space = value.LastIndexOf(' ', Math.Max(0, cut - 1));
        return Shortened(value, space > 0 && cut < value.Length && value[cut] != ' ' ? space : cut);
    }

    /// <summary>The start of the text, without the spaces and punctuation that would stand before the ellipsis.</summary>
    private static string Shortened(string value, int length) => value[..length].TrimEnd(' ', ',', ';', ':', '.') + Mark;

    private static double Width(TextEngine text, string value, TextStyle style) =>
        text.SingleLine(new StyledSpan(value, style), 1).Width;
}
