using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Reports.PdfWriter.Svg;

/// <summary>
/// The rules of an SVG's <c>&lt;style&gt;</c> elements, as design tools write them (".cls-1 { fill: #0072b2; }"):
/// simple selectors only — a class, an element name, an id or <c>*</c>, several separated by commas — whose
/// declarations are presentation properties. They override presentation attributes and are overridden by
/// a style attribute; among rules, the more specific and then the later wins. Anything else in a style
/// sheet (combinators, pseudo-classes, @-rules) is an error naming it.
/// </summary>
internal sealed partial class SvgStyleSheet
{
    private readonly List<Rule> rules = [];

    public static SvgStyleSheet Of(XElement root)
    {
        var sheet = new SvgStyleSheet();
        foreach (var style in root.Descendants().Where(e => e.Name.LocalName == "style"))
        {
            if (style.Attribute("type")?.Value is { } type && type != "text/css")
                throw SvgReader.Error(style, $"a style sheet of type '{type}' is not supported; use text/css");
            sheet.Add(Comments().Replace(style.Value, " "), style);
        }

        return sheet;
    }

    /// <summary>The declarations of the rules the element matches, in cascade order (apply them in turn).</summary>
    public IEnumerable<KeyValuePair<string, string>> For(XElement element)
    {
        if (rules.Count == 0)
            return [];
        var classes = (element.Attribute("class")?.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var id = element.Attribute("id")?.Value;
        return rules.Where(r => r.Selector switch
            {
                "*" => true,
                ['.', .. var name] => classes.Contains(name, StringComparer.Ordinal),
                ['#', .. var name] => name == id,
                var name => name == element.Name.LocalName,
            })
            .OrderBy(r => r.Specificity).ThenBy(r => r.Order)
            .SelectMany(r => r.Declarations);
    }

    private void Add(string css, XElement style)
    {
        foreach (Match match in RuleSyntax().Matches(css))
        {
            var declarations = Declarations(match.Groups["body"].Value, style);
            foreach (var selector in match.Groups["selectors"].Value.Split(',', StringSplitOptions.TrimEntries))
            {
                if (!SimpleSelector().IsMatch(selector))
                    throw SvgReader.Error(style, $"the CSS selector '{selector}' is not supported; use a class (.name), an element name, an id (#name) or *");
                var specificity = selector[0] switch { '#' => 100, '.' => 10, '*' => 0, _ => 1 };
                rules.Add(new Rule(selector, specificity, rules.Count, declarations));
            }
        }

        var rest = RuleSyntax().Replace(css, "").Trim();
        if (rest.Length > 0)
            throw SvgReader.Error(style, $"the style sheet text '{(rest.Length > 30 ? rest[..30] + "…" : rest)}' is not supported (only rules of simple selectors)");
    }

    private static List<KeyValuePair<string, string>> Declarations(string body, XElement style)
    {
        var declarations = new List<KeyValuePair<string, string>>();
        foreach (var declaration in body.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = declaration.IndexOf(':');
            var key = colon > 0 ? declaration[..colon].Trim() : "";
            if (!SvgAttributes.Presentation.Contains(key) || key == "transform")
                throw SvgReader.Error(style, $"the CSS declaration '{declaration}' is not supported");
            declarations.Add(new(key, declaration[(colon + 1)..].Trim()));
        }

        return declarations;
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"(?<selectors>[^{}@]+)\{(?<body>[^{}]*)\}")]
    private static partial Regex RuleSyntax();

    [GeneratedRegex(@"^(\*|[.#]?[A-Za-z_][A-Za-z0-9_-]*)$")]
    private static partial Regex SimpleSelector();

    private sealed record Rule(string Selector, int Specificity, int Order, List<KeyValuePair<string, string>> Declarations);
}
