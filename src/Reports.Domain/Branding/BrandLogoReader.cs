using YamlDotNet.RepresentationModel;

namespace Reports.Domain.Branding;

/// <summary>
/// Reads <c>logo</c>: <c>images</c> (name → path or <c>{ path, alt }</c>) and <c>small</c>/<c>medium</c>/<c>large</c>,
/// each an image name, a path, <c>{ path, alt }</c> or <c>{ light, dark }</c> (the light one is used: the reports
/// are printed on a light page). Every file must exist and be a PNG, JPEG or SVG whose size can be read.
/// </summary>
internal static class BrandLogoReader
{
    const string Expected = "an image name from logo.images, a path to a PNG, JPEG or SVG file, or { path, alt }";

    public static BrandLogos Read(YamlReader reader, YamlNode? node, string? organisation)
    {
        var map = reader.Mapping(node, "$.logo", "a mapping with images, small, medium, large");
        if (map is null)
            return BrandLogos.None;
        var images = reader.Mapping(YamlReader.Child(map, "images"), "$.logo.images", "a mapping of image names to paths or { path, alt }");
        var alt = organisation is null ? "Logo" : $"{organisation} logo";
        BrandLogo? Size(string key) => Logo(reader, images, YamlReader.Child(map, key), $"$.logo.{key}", alt);
        return new BrandLogos(Size("small"), Size("medium"), Size("large"));
    }

    static BrandLogo? Logo(YamlReader reader, YamlMappingNode? images, YamlNode? node, string path, string alt)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlMappingNode map when YamlReader.Child(map, "light") is { } light:
                return Logo(reader, images, light, path + ".light", alt);
            case YamlMappingNode map:
                var given = reader.Text(YamlReader.Child(map, "alt"), path + ".alt", "the logo's alternative text") ?? alt;
                var file = YamlReader.Child(map, "path");
                if (file is null)
                {
                    reader.Error(map, path, "has no path", Expected);
                    return null;
                }

                return Logo(reader, images, file, path + ".path", given);
            default:
                var value = reader.Text(node, path, Expected);
                if (value is null)
                    return null;
                if (YamlReader.Child(images, value) is { } named)
                    return Logo(reader, null, named, $"$.logo.images.{value}", alt);
                return Image(reader, node, path, value, alt);
        }
    }

    static BrandLogo? Image(YamlReader reader, YamlNode node, string path, string value, string alt)
    {
        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            reader.Error(node, path, $"'{value}' is a web address; reports are made offline", "a path relative to the brand file's folder");
            return null;
        }

        if (reader.File(node, path, value, "image") is not { } full)
            return null;
        var (header, problem) = ImageHeader.Read(full);
        if (header is { } h)
            return new BrandLogo(full, h.Format, h.Width, h.Height, alt);
        reader.Error(node, path, $"'{value}' cannot be used as a logo: {problem}", "a whole PNG or JPEG file with a size (saved again from the original if it is damaged), or an SVG with width and height or a viewBox");
        return null;
    }
}
