using System.Globalization;
using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Svg;

/// <summary>
/// SVG paint values: none, #rgb, #rrggbb, rgb(r, g, b) with numbers or percentages, currentColor, and the
/// basic CSS colour names (the ones Skia's SVG canvas writes). Gradients and patterns (url(#…)) are not supported.
/// </summary>
internal static class SvgColors
{
    private static readonly Dictionary<string, RgbColor> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = new(0, 0, 0),
        ["white"] = new(255, 255, 255),
        ["red"] = new(255, 0, 0),
        ["lime"] = new(0, 255, 0),
        ["blue"] = new(0, 0, 255),
        ["yellow"] = new(255, 255, 0),
        ["cyan"] = new(0, 255, 255),
        ["aqua"] = new(0, 255, 255),
        ["magenta"] = new(255, 0, 255),
        ["fuchsia"] = new(255, 0, 255),
        ["gray"] = new(128, 128, 128),
        ["grey"] = new(128, 128, 128),
        ["silver"] = new(192, 192, 192),
        ["maroon"] = new(128, 0, 0),
        ["purple"] = new(128, 0, 128),
        ["green"] = new(0, 128, 0),
        ["olive"] = new(128, 128, 0),
        ["navy"] = new(0, 0, 128),
        ["teal"] = new(0, 128, 128),
        ["orange"] = new(255, 165, 0),
    };

    /// <summary>The paint, or null for none; <paramref name="problem"/> says what is wrong with a value it cannot read.</summary>
    public static RgbColor? Parse(string value, RgbColor current, out string? problem)
    {
        problem = null;
        var text = value.Trim();
        if (text is "none" or "transparent")
            return null;
        if (text == "currentColor")
            return current;
        if (text.StartsWith('#'))
            return Hex(text[1..], out problem);
        if (text.StartsWith("rgb(", StringComparison.Ordinal) && text.EndsWith(')'))
            return Functional(text[4..^1], out problem);
        if (Named.TryGetValue(text, out var named))
            return named;
        problem = text.StartsWith("url(", StringComparison.Ordinal)
            ? $"the paint '{text}' (a gradient or pattern) is not supported; use a flat colour"
            : $"'{text}' is not a colour this reader knows; use #rrggbb, rgb(r, g, b) or none";
        return null;
    }

    private static RgbColor? Hex(string digits, out string? problem)
    {
        problem = null;
        if (digits.Length == 3)
            digits = string.Concat(digits.Select(c => $"{c}{c}"));
        if (digits.Length == 6 && int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
            return new RgbColor((byte)(v >> 16), (byte)(v >> 8), (byte)v);
        problem = $"'#{digits}' is not a colour; use #rgb or #rrggbb (a colour with alpha is not supported)";
        return null;
    }

    private static RgbColor? Functional(string arguments, out string? problem)
    {
        problem = null;
        var parts = arguments.Split(',', StringSplitOptions.TrimEntries);
        var channels = new byte[3];
        for (var i = 0; i < parts.Length && parts.Length == 3; i++)
        {
            var percent = parts[i].EndsWith('%');
            if (!double.TryParse(percent ? parts[i][..^1] : parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
                break;
            channels[i] = (byte)Math.Clamp(Math.Round(percent ? n * 2.55 : n), 0, 255);
            if (i == 2)
                return new RgbColor(channels[0], channels[1], channels[2]);
        }

        problem = $"'rgb({arguments})' is not a colour; use rgb(r, g, b) with three numbers 0–255 or percentages";
        return null;
    }
}
