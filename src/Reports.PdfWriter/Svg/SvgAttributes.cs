using System.Xml;
using System.Xml.Linq;

namespace Reports.PdfWriter.Svg;

/// <summary>
/// An element's properties: its attributes and the declarations of its style attribute (which win), by
/// name. Anything the reader does not handle is an error naming it, so no feature is silently dropped;
/// ids, classes, namespaces and editor metadata (attributes in other namespaces) are ignored.
/// </summary>
internal static class SvgAttributes
{
    /// <summary>Presentation properties every drawing element may carry.</summary>
    public static readonly HashSet<string> Presentation =
    [
        "fill", "fill-rule", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "color", "font-family",
        "font-size", "font-weight", "font-style", "text-anchor", "clip-rule", "opacity", "clip-path", "display",
        "visibility", "transform",
    ];

    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    private static readonly HashSet<string> Ignored = ["id", "class", "version", "baseProfile", "space", "role", "focusable"];

    private static readonly Dictionary<string, string[]> Geometry = new()
    {
        ["svg"] = ["width", "height", "viewBox", "preserveAspectRatio", "x", "y"],
        ["g"] = [],
        ["path"] = ["d"],
        ["rect"] = ["x", "y", "width", "height", "rx", "ry"],
        ["circle"] = ["cx", "cy", "r"],
        ["ellipse"] = ["cx", "cy", "rx", "ry"],
        ["line"] = ["x1", "y1", "x2", "y2"],
        ["polyline"] = ["points"],
        ["polygon"] = ["points"],
        ["text"] = ["x", "y"],
        ["clipPath"] = ["clipPathUnits"],
        ["use"] = ["x", "y", "width", "height", "href"],
        ["symbol"] = [],
    };

    /// <summary>Whether the reader draws elements of this name (g, the shapes and text).</summary>
    public static bool IsDrawing(string name) => Geometry.ContainsKey(name) && name is not "svg" and not "clipPath" and not "symbol";

    /// <summary>
    /// The element's properties: attributes, then the style sheet's rules for it, then its style attribute,
    /// each overriding the one before (CSS's cascade). xlink:href counts as href.
    /// </summary>
    public static Dictionary<string, string> Of(XElement element, SvgStyleSheet? sheet = null)
    {
        var name = element.Name.LocalName;
        var allowed = Geometry[name];
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        string? style = null;
        foreach (var attribute in element.Attributes())
        {
            var local = attribute.Name.LocalName;
            if (attribute.Name == XLink + "href")
                local = "href";
            else if (attribute.IsNamespaceDeclaration || Skipped(attribute) || Ignored.Contains(local) || local.StartsWith("data-", StringComparison.Ordinal) || local.StartsWith("aria-", StringComparison.Ordinal))
                continue;
            if (local == "style")
            {
                style = attribute.Value;
                continue;
            }

            if (!Presentation.Contains(local) && !allowed.Contains(local))
                throw SvgReader.Error(element, $"the attribute {local}=\"{attribute.Value}\" on <{name}> is not supported");
            properties.TryAdd(local, attribute.Value);
        }

        foreach (var (key, value) in sheet?.For(element) ?? [])
            properties[key] = value;
        foreach (var (key, value) in Declarations(style ?? "", element))
            properties[key] = value;
        return properties;
    }

    /// <summary>Attributes in a namespace other than SVG's and xml's (editor metadata such as inkscape:label).</summary>
    private static bool Skipped(XAttribute attribute) =>
        attribute.Name.Namespace != XNamespace.None && attribute.Name.Namespace != XNamespace.Xml;

    private static IEnumerable<(string Key, string Value)> Declarations(string style, XElement element)
    {
        foreach (var declaration in style.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = declaration.IndexOf(':');
            var key = colon > 0 ? declaration[..colon].Trim() : "";
            if (key.Length == 0 || !Presentation.Contains(key) || key == "transform")
                throw SvgReader.Error(element, $"the style declaration '{declaration}' is not supported");
            yield return (key, declaration[(colon + 1)..].Trim());
        }
    }

    public static (int Line, int Column) Where(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);
}
