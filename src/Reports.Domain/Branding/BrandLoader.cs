using Reports.Domain.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Reports.Domain.Branding;

/// <summary>
/// Reads a brand.yml file (<c>_brand.yml</c>) into a <see cref="Brand"/>: <c>meta.name</c>, <c>color</c>,
/// <c>typography</c>, <c>logo</c> and <c>defaults.reports</c> (marking, watermark, disclaimer). Unknown keys are
/// ignored; a value of the wrong kind, a file that is missing or unreadable is an error at its line and column.
/// </summary>
public static class BrandLoader
{
    /// <summary>The name a brand file has beside a dataset or in input/.</summary>
    public const string FileName = "_brand.yml";

    /// <param name="path">The brand file.</param>
    /// <param name="display">How messages name it (the path as the user gave it).</param>
    public static BrandLoadResult Load(string path, string display)
    {
        var full = Path.GetFullPath(path);
        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(new DatasetError(display, 0, 0, "$", $"cannot read the brand file: {e.Message.Replace(full, display, StringComparison.Ordinal)}", "a brand.yml file (examples/ has two)"));
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return Failed(new DatasetError(display, (int)e.Start.Line, (int)e.Start.Column, "$", $"is not valid YAML: {e.Message}", "YAML as brand.yml describes it"));
        }

        var reader = new YamlReader(display, Path.GetDirectoryName(full)!);
        var root = stream.Documents.Count == 0 ? null : reader.Mapping(stream.Documents[0].RootNode, "$", "a mapping with meta, color, typography, logo, defaults");
        var name = Name(reader, YamlReader.Child(root, "meta"));
        var colors = BrandColorReader.Read(reader, YamlReader.Child(root, "color"));
        var typography = BrandTypographyReader.Read(reader, YamlReader.Child(root, "typography"));
        var logos = BrandLogoReader.Read(reader, YamlReader.Child(root, "logo"), name);
        var markings = Markings(reader, YamlReader.Child(root, "defaults"));
        if (reader.Errors.Count > 0)
            return new BrandLoadResult(null, reader.Errors, reader.Warnings);
        var assets = new[] { logos.Small, logos.Medium, logos.Large }.OfType<BrandLogo>().Select(l => l.Path)
            .Concat(typography.Files.Select(f => f.Path)).Distinct(StringComparer.Ordinal).ToList();
        return new BrandLoadResult(new Brand(full, name, colors, typography, logos, markings, assets), [], reader.Warnings);
    }

    static BrandLoadResult Failed(DatasetError error) => new(null, [error], []);

    /// <summary><c>meta.name</c>: a string, or <c>{ full, short }</c> (the full name is used).</summary>
    static string? Name(YamlReader reader, YamlNode? meta)
    {
        var map = reader.Mapping(meta, "$.meta", "a mapping with name (and link)");
        var node = YamlReader.Child(map, "name");
        if (node is YamlMappingNode names)
        {
            var full = YamlReader.Child(names, "full") ?? YamlReader.Child(names, "short");
            return reader.Text(full, "$.meta.name.full", "the organisation's name as text");
        }

        return reader.Text(node, "$.meta.name", "the organisation's name as text, or { full, short }");
    }

    static BrandMarkings Markings(YamlReader reader, YamlNode? defaults)
    {
        var map = reader.Mapping(defaults, "$.defaults", "a mapping of tools' settings (reports: …)");
        var reports = reader.Mapping(YamlReader.Child(map, "reports"), "$.defaults.reports", "a mapping with marking, watermark, disclaimer");
        var marking = reader.Text(YamlReader.Child(reports, "marking"), "$.defaults.reports.marking", "the marking as text, e.g. OFFICIAL");
        var watermark = reader.Text(YamlReader.Child(reports, "watermark"), "$.defaults.reports.watermark", "the watermark as text, e.g. DRAFT");
        var disclaimerNode = YamlReader.Child(reports, "disclaimer");
        if (disclaimerNode is YamlMappingNode disclaimer)
        {
            var text = reader.Text(YamlReader.Child(disclaimer, "text"), "$.defaults.reports.disclaimer.text", "the disclaimer as text");
            var position = reader.Text(YamlReader.Child(disclaimer, "position"), "$.defaults.reports.disclaimer.position", "cover or last-page");
            if (position is not (null or "cover" or "last-page"))
                reader.Error(YamlReader.Child(disclaimer, "position"), "$.defaults.reports.disclaimer.position", $"'{position}' is not a place for the disclaimer", "cover or last-page");
            return new BrandMarkings(marking, watermark, text, position == "cover");
        }

        return new BrandMarkings(marking, watermark, reader.Text(disclaimerNode, "$.defaults.reports.disclaimer", "the disclaimer as text, or { text, position }"), false);
    }
}
