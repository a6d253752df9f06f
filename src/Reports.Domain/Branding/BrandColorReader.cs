using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Reports.Domain.Branding;

/// <summary>
/// Reads <c>color</c>: the palette (name → colour) and the theme colours, each a "#RGB"/"#RRGGBB" value, a
/// palette name or white/black; then chooses the readable text shades and warns where a brand colour is too faint.
/// </summary>
internal static class BrandColorReader
{
    const string Expected = "a colour as \"#RRGGBB\" (or \"#RGB\"), white, black, or a name from color.palette";
    const string Page = "#FFFFFF";

    static readonly Dictionary<string, string> Named = new(StringComparer.OrdinalIgnoreCase) { ["white"] = "#FFFFFF", ["black"] = "#000000" };

    public static BrandColors Read(YamlReader reader, YamlNode? node)
    {
        var map = reader.Mapping(node, "$.color", "a mapping with palette, foreground, background, primary, secondary…");
        if (map is null)
            return BrandColors.None;
        var palette = Palette(reader, YamlReader.Child(map, "palette"));
        BrandColor? Theme(string key) => Value(reader, YamlReader.Child(map, key), $"$.color.{key}", palette);
        var colors = new BrandColors([.. palette.Values], Theme("foreground"), Theme("background"), Theme("primary"), Theme("secondary"), Theme("tertiary"), BrandTextColors.None);
        return colors with { Text = TextColors(reader, colors) };
    }

    static Dictionary<string, BrandColor> Palette(YamlReader reader, YamlNode? node)
    {
        var palette = new Dictionary<string, BrandColor>(StringComparer.Ordinal);
        var map = reader.Mapping(node, "$.color.palette", "a mapping of colour names to colours");
        foreach (var (key, value) in map?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (Value(reader, value, $"$.color.palette.{name}", palette) is { } color)
                palette[name] = color;
        }

        return palette;
    }

    static BrandColor? Value(YamlReader reader, YamlNode? node, string path, IReadOnlyDictionary<string, BrandColor> palette)
    {
        var text = reader.Text(node, path, Expected)?.Trim();
        if (text is null)
            return null;
        var hex = palette.TryGetValue(text, out var named) ? named.Hex : Named.GetValueOrDefault(text) ?? Hex(text);
        if (hex is null)
            reader.Error(node, path, $"'{text}' is not a colour{(palette.Count > 0 ? $" (the palette has {string.Join(", ", palette.Keys)})" : "")}", Expected);
        return hex is null ? null : new BrandColor(hex, path, YamlReader.Line(node), YamlReader.Column(node));
    }

    static string? Hex(string text)
    {
        if (text.Length is not (4 or 7) || text[0] != '#' || !text[1..].All(Uri.IsHexDigit))
            return null;
        var digits = text.Length == 4 ? string.Concat(text[1..].Select(c => $"{c}{c}")) : text[1..];
        return "#" + digits.ToUpper(CultureInfo.InvariantCulture);
    }

    /// <summary>Each colour text is set in, readable on what it is set on; a warning for each that was not.</summary>
    static BrandTextColors TextColors(YamlReader reader, BrandColors c)
    {
        var page = c.Background?.Hex ?? Page;
        string? On(BrandColor? at, string? text, string background, string backgroundName, string use)
        {
            if (at is null || text is null)
                return null;
            var readable = Contrast.ReadableOn(text, background);
            if (readable != text)
            {
                var ratio = Contrast.Ratio(text, background).ToString("0.00", CultureInfo.InvariantCulture);
                reader.Warning(at.Line, at.Column, at.Path, $"{text} on {backgroundName} {background} is {ratio}:1, below the 4.5:1 that text needs (WCAG AA); {use} {readable}, the nearest readable shade", null);
            }

            return readable;
        }

        return new BrandTextColors(
            On(c.Foreground, c.Foreground?.Hex, page, "the background", "body text uses"),
            On(c.Primary, c.Primary?.Hex, page, "the background", "headings use"),
            On(c.Secondary, c.Secondary?.Hex, page, "the background", "subtitles and minor headings use"),
            On(c.Primary, page, c.Primary?.Hex ?? page, "the primary colour", "table headers on it use"));
    }
}
