namespace Reports.Excel.Text;

/// <summary>
/// Estimates how wide text is in Excel's column-width unit (the width of "0" in Calibri 11, 7 pixels).
/// ClosedXML's AdjustToContents needs libgdiplus, which Linux machines lack, so widths are measured here from
/// per-character pixel widths close to Calibri 11's.
/// </summary>
internal static class TextWidth
{
    const double PixelsPerUnit = 7;
    const double PaddingPixels = 12;

    /// <summary>Pixels of the widest line of <paramref name="text"/>.</summary>
    public static double Pixels(string text)
    {
        double widest = 0, line = 0;
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
            {
                widest = Math.Max(widest, line);
                line = 0;
                continue;
            }
            line += Pixels(c);
        }
        return Math.Max(widest, line);
    }

    /// <summary>A column width (in characters) that shows the text on one line.</summary>
    public static double Columns(string text) => (Pixels(text) + PaddingPixels) / PixelsPerUnit;

    /// <summary>Lines the text takes when wrapped in a column <paramref name="columnWidth"/> characters wide.</summary>
    public static int WrappedLines(string text, double columnWidth)
    {
        var available = Math.Max(1, (columnWidth * PixelsPerUnit) - PaddingPixels);
        var lines = 0;
        foreach (var paragraph in text.Split('\n', '\r'))
        {
            // Word wrapping leaves ragged line ends; a tenth more keeps the estimate on the safe side.
            var pixels = ParagraphPixels(paragraph);
            // A column sized to the text itself is rounded to hundredths of a character; a pixel's slack keeps it one line.
            lines += pixels <= available + 1 ? 1 : (int)Math.Ceiling(pixels * 1.1 / available);
        }
        return lines;
    }

    static double ParagraphPixels(string paragraph)
    {
        double pixels = 0;
        foreach (var c in paragraph)
            pixels += Pixels(c);
        return pixels;
    }

    static double Pixels(char c) => c switch
    {
        'i' or 'j' or 'l' or '\'' or '!' or '|' or '.' or ',' or ':' or ';' or '`' => 3,
        'f' or 't' or 'r' or 'I' or ' ' or '(' or ')' or '[' or ']' or '-' or '/' or '\\' or '"' => 4,
        'm' or 'w' or 'M' or 'W' or '@' or '%' or '—' => 11,
        >= 'A' and <= 'Z' => 8,
        >= '0' and <= '9' or '$' or '#' or '+' or '=' or '<' or '>' or '~' or '_' or '*' => 7,
        _ when IsWide(c) => 14,
        _ when char.IsLowSurrogate(c) => 0,
        _ => 6.5,
    };

    // CJK ideographs, kana, Hangul and full-width forms take about two columns.
    static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60'
            or >= '\uFFE0' and <= '\uFFE6' || char.IsHighSurrogate(c);
}
