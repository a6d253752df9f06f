using System.Globalization;
using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Svg;

/// <summary>Reads numbers, flags and command letters from SVG path data and number lists (commas and whitespace between).</summary>
internal sealed class SvgNumberReader(string text)
{
    private int at;

    public string Rest => text[at..].Length > 20 ? text[at..(at + 20)] + "…" : text[at..];

    /// <summary>Skips whitespace and commas; false at the end.</summary>
    public bool SkipSeparators()
    {
        while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] == ','))
            at++;
        return at < text.Length;
    }

    public bool NextIsCommand(out char command)
    {
        command = text[at];
        if (!char.IsLetter(command) || command is 'e' or 'E')
            return false;
        at++;
        return true;
    }

    public Point Point() => new(Number(), Number());

    public double Number()
    {
        SkipSeparators();
        var begin = at;
        if (at < text.Length && text[at] is '+' or '-')
            at++;
        while (at < text.Length && (char.IsAsciiDigit(text[at]) || (text[at] == '.' && !text[begin..at].Contains('.'))))
            at++;
        if (at < text.Length && text[at] is 'e' or 'E')
        {
            at++;
            if (at < text.Length && text[at] is '+' or '-')
                at++;
            while (at < text.Length && char.IsAsciiDigit(text[at]))
                at++;
        }

        if (!double.TryParse(text.AsSpan(begin, at - begin), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            at = begin;
            throw new FormatException(at < text.Length ? $"expected a number at '{Rest}'" : "expected a number, found the end of the data");
        }

        return value;
    }

    /// <summary>An arc flag: a single 0 or 1 (it may touch the next number, "a1 1 0 011 1").</summary>
    public bool Flag()
    {
        SkipSeparators();
        if (at < text.Length && text[at] is '0' or '1')
            return text[at++] == '1';
        throw new FormatException($"expected an arc flag (0 or 1) at '{Rest}'");
    }
}
