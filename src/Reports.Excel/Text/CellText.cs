using System.Text;

namespace Reports.Excel.Text;

/// <summary>Makes dataset text storable in a cell without changing what a reader sees.</summary>
internal static class CellText
{
    /// <summary>The most characters a cell holds in Excel.</summary>
    public const int MaxLength = 32_767;

    /// <summary>The text, cut to <see cref="MaxLength"/> with an ellipsis when longer (the schema keeps
    /// dataset texts far below it, so this only guards against a cell Excel would refuse).</summary>
    public static string Fit(string text) =>
        text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength - 1), "…");

    /// <summary>
    /// The text as SpreadsheetML stores it: characters XML cannot carry, and CR (which XML readers turn into
    /// LF), are written as Excel's <c>_xHHHH_</c> escapes; a literal "_xHHHH_" in the data has its underscore
    /// escaped so that it is not decoded.
    /// </summary>
    public static string Escape(string text)
    {
        if (!NeedsEscaping(text))
            return text;
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
            AppendEscaped(builder, text, i);
        return builder.ToString();
    }

    /// <summary>The text with characters XML cannot carry replaced by U+FFFD, for chart and property text.</summary>
    public static string XmlSafe(string text)
    {
        if (!text.Any(c => !IsPlainXmlChar(c) || char.IsSurrogate(c)))
            return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pairedHigh = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var pairedLow = char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]);
            builder.Append(c == '\r' || (IsPlainXmlChar(c) && !char.IsSurrogate(c)) || pairedHigh || pairedLow ? c : '\uFFFD');
        }
        return builder.ToString();
    }

    static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (c == '_' || c == '\r' || !IsPlainXmlChar(c))
                return true;
        }
        return false;
    }

    static void AppendEscaped(StringBuilder builder, string text, int i)
    {
        var c = text[i];
        if (c == '_' && LooksLikeEscape(text, i))
            builder.Append("_x005F_");
        else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            builder.Append(c);
        else if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            builder.Append(c);
        else if (char.IsSurrogate(c))
            builder.Append('\uFFFD');
        else if (c == '\r' || !IsPlainXmlChar(c))
            builder.Append("_x").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
        else
            builder.Append(c);
    }

    static bool IsPlainXmlChar(char c) =>
        c is '\t' or '\n' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD') || char.IsSurrogate(c);

    static bool LooksLikeEscape(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && IsHex(text[i + 2]) && IsHex(text[i + 3])
        && IsHex(text[i + 4]) && IsHex(text[i + 5]);

    static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
