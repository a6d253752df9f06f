using System.Globalization;
using Reports.Domain.Loading;
using YamlDotNet.RepresentationModel;

namespace Reports.Domain.Branding;

/// <summary>
/// Reads values out of a brand file's YAML tree, collecting a located problem (line:column, key path, what
/// would be right) for each value of the wrong kind. Keys the reader does not ask for are ignored, as
/// brand.yml readers do.
/// </summary>
internal sealed class YamlReader(string file, string directory)
{
    readonly List<DatasetError> errors = [];
    readonly List<DatasetError> warnings = [];

    public IReadOnlyList<DatasetError> Errors => errors;

    public IReadOnlyList<DatasetError> Warnings => warnings;

    public string Directory => directory;

    public void Error(YamlNode? node, string path, string problem, string? expected) =>
        errors.Add(new DatasetError(file, Line(node), Column(node), path, problem, expected));

    public void Warning(int line, int column, string path, string problem, string? expected) =>
        warnings.Add(new DatasetError(file, line, column, path, problem, expected) { Severity = Severity.Warning });

    public static int Line(YamlNode? node) => node is null ? 0 : (int)node.Start.Line;

    public static int Column(YamlNode? node) => node is null ? 0 : (int)node.Start.Column;

    public static YamlNode? Child(YamlMappingNode? map, string key) =>
        map is not null && map.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    /// <summary>A mapping, or null when absent; anything else is an error.</summary>
    public YamlMappingNode? Mapping(YamlNode? node, string path, string expected)
    {
        if (node is null or YamlMappingNode)
            return (YamlMappingNode?)node;
        Error(node, path, $"is {Describe(node)}, not a mapping of keys", expected);
        return null;
    }

    /// <summary>A scalar's text, or null when absent; a list or mapping is an error.</summary>
    public string? Text(YamlNode? node, string path, string expected)
    {
        if (node is null)
            return null;
        if (node is YamlScalarNode { Value: { } value })
            return value;
        Error(node, path, $"is {Describe(node)}, not a single value", expected);
        return null;
    }

    /// <summary>A file named relative to the brand file that exists; else an error and null.</summary>
    public string? File(YamlNode node, string path, string value, string what)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, value));
        if (System.IO.File.Exists(full))
            return full;
        Error(node, path, $"names {what} '{value}', which does not exist", $"a path relative to the brand file's folder to an existing {what}");
        return null;
    }

    /// <summary>A number, with an optional unit among <paramref name="units"/> (unit → factor), or null with an error.</summary>
    public double? Number(YamlNode node, string path, string text, IReadOnlyDictionary<string, double> units, string expected)
    {
        foreach (var (unit, factor) in units.OrderByDescending(u => u.Key.Length))
        {
            if (text.EndsWith(unit, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^unit.Length].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                return value * factor;
        }

        Error(node, path, $"'{text}' is not a size", expected);
        return null;
    }

    static bool IsNull(YamlNode node) => node is YamlScalarNode { Value: null or "" or "~" or "null", Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any };

    static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode s => $"the value '{s.Value}'",
        _ => "something else",
    };
}
