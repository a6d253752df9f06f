using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Reports.Domain.Branding;

/// <summary>
/// Reads <c>typography</c>: <c>fonts</c> (only <c>source: file</c> fonts are used: reports are made offline),
/// <c>base</c> and <c>headings</c> (a family name, or <c>{ family, weight, size }</c>).
/// </summary>
internal static class BrandTypographyReader
{
    const string SizeExpected = "a size between 6 and 24 points: 10, \"10pt\", \"13px\" or \"1rem\" (16 px)";

    static readonly Dictionary<string, double> SizeUnits = new(StringComparer.OrdinalIgnoreCase) { [""] = 1, ["pt"] = 1, ["px"] = 0.75, ["rem"] = 12, ["em"] = 12 };

    static readonly Dictionary<string, int> Weights = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thin"] = 100,
        ["extra-light"] = 200,
        ["light"] = 300,
        ["normal"] = 400,
        ["regular"] = 400,
        ["medium"] = 500,
        ["semi-bold"] = 600,
        ["bold"] = 700,
        ["extra-bold"] = 800,
        ["black"] = 900,
    };

    public static BrandTypography Read(YamlReader reader, YamlNode? node)
    {
        var map = reader.Mapping(node, "$.typography", "a mapping with fonts, base, headings");
        if (map is null)
            return BrandTypography.None;
        var files = Fonts(reader, YamlReader.Child(map, "fonts"));
        var (baseFamily, _, baseSize) = Style(reader, YamlReader.Child(map, "base"), "$.typography.base");
        var (headingsFamily, headingsWeight, _) = Style(reader, YamlReader.Child(map, "headings"), "$.typography.headings");
        return new BrandTypography(baseFamily, baseSize, headingsFamily, headingsWeight is { } w ? w >= 600 : null, files) { HeadingsWeight = headingsWeight };
    }

    static (string? Family, int? Weight, double? Size) Style(YamlReader reader, YamlNode? node, string path)
    {
        if (node is YamlScalarNode)
            return (reader.Text(node, path, "a family name"), null, null);
        var map = reader.Mapping(node, path, "a family name, or { family, weight, size }");
        var family = reader.Text(YamlReader.Child(map, "family"), path + ".family", "a family name");
        var weightNode = YamlReader.Child(map, "weight");
        var weight = reader.Text(weightNode, path + ".weight", "a weight: 100–900, normal or bold") is { } w ? Weight(reader, weightNode!, path + ".weight", w) : null;
        var sizeNode = YamlReader.Child(map, "size");
        var size = reader.Text(sizeNode, path + ".size", SizeExpected) is { } s ? reader.Number(sizeNode!, path + ".size", s, SizeUnits, SizeExpected) : null;
        if (size is < 6 or > 24)
        {
            reader.Error(sizeNode, path + ".size", $"{size.Value.ToString("0.##", CultureInfo.InvariantCulture)} pt is not a size for body text", SizeExpected);
            size = null;
        }

        return (family, weight, size);
    }

    static int? Weight(YamlReader reader, YamlNode node, string path, string text)
    {
        if (Weights.TryGetValue(text, out var named))
            return named;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var weight) && weight is >= 100 and <= 900)
            return weight;
        reader.Error(node, path, $"'{text}' is not a font weight", "a weight: 100–900, normal or bold");
        return null;
    }

    static List<BrandFontFile> Fonts(YamlReader reader, YamlNode? node)
    {
        var files = new List<BrandFontFile>();
        if (node is null)
            return files;
        if (node is not YamlSequenceNode list)
        {
            reader.Error(node, "$.typography.fonts", "is not a list", "a list of { family, source: file, files: [...] }");
            return files;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            var path = $"$.typography.fonts[{i}]";
            var font = reader.Mapping(list.Children[i], path, "{ family, source: file, files: [...] }");
            var family = reader.Text(YamlReader.Child(font, "family"), path + ".family", "a family name");
            var source = reader.Text(YamlReader.Child(font, "source"), path + ".source", "file") ?? "file";
            if (font is null || family is null || source != "file")
                continue;
            files.AddRange(Files(reader, YamlReader.Child(font, "files"), path + ".files", family));
        }

        return files;
    }

    static IEnumerable<BrandFontFile> Files(YamlReader reader, YamlNode? node, string path, string family)
    {
        if (node is not YamlSequenceNode list)
        {
            reader.Error(node, path, node is null ? "is missing: a font with source: file lists its files" : "is not a list", "a list of paths, or of { path, weight, style }");
            yield break;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            var at = $"{path}[{i}]";
            var entry = list.Children[i] as YamlMappingNode;
            var pathNode = entry is null ? list.Children[i] : YamlReader.Child(entry, "path");
            var value = reader.Text(pathNode, entry is null ? at : at + ".path", "a path to a .ttf or .otf file");
            var weightNode = YamlReader.Child(entry, "weight");
            var weight = reader.Text(weightNode, at + ".weight", "a weight: 100–900, normal or bold") is { } w ? Weight(reader, weightNode!, at + ".weight", w) ?? 400 : 400;
            var style = reader.Text(YamlReader.Child(entry, "style"), at + ".style", "normal or italic") ?? "normal";
            if (value is null || reader.File(pathNode!, entry is null ? at : at + ".path", value, "font file") is not { } full)
                continue;
            if (!IsFont(full))
            {
                reader.Error(pathNode, entry is null ? at : at + ".path", $"'{value}' is not a TrueType or OpenType font", "a .ttf, .otf or .ttc file");
                continue;
            }

            yield return new BrandFontFile(family, full, weight, style == "italic");
        }
    }

    static bool IsFont(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var file = File.OpenRead(path);
        return file.Read(head) == 4 && (head.SequenceEqual((byte[])[0, 1, 0, 0]) || head.SequenceEqual("OTTO"u8) || head.SequenceEqual("true"u8) || head.SequenceEqual("ttcf"u8));
    }
}
