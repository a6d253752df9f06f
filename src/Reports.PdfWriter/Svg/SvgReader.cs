using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Svg;

/// <summary>
/// Reads an SVG document into graphics for our PDF writer: svg (width, height, viewBox), g, use (and
/// symbols without a viewBox), path, rect, circle, ellipse, line, polyline, polygon and text; transforms,
/// clip paths (one shape each), fills, strokes with caps, joins and dashes, and inherited styles from
/// attributes, simple style sheets (<see cref="SvgStyleSheet"/>) or style declarations. Groups
/// and transforms stay groups (<see cref="GraphicGroup"/>), so strokes and text transform as SVG does. Text
/// goes to an <see cref="ISvgTextPainter"/>, which draws it in our fonts. Everything else (images,
/// gradients, masks, filters, markers, other CSS, transparency) throws <see cref="SvgException"/>
/// naming the feature and its line, never a silent gap. Brand logos (issue 14) are read with it too.
/// </summary>
public sealed partial class SvgReader
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly HashSet<string> Skipped = ["defs", "clipPath", "title", "desc", "metadata", "style", "symbol"];

    private readonly Dictionary<string, XElement> ids = new(StringComparer.Ordinal);
    private readonly ISvgTextPainter text;
    private readonly SvgStyleSheet sheet;
    private readonly HashSet<XElement> inUse = [];

    private SvgReader(XElement root, ISvgTextPainter text)
    {
        this.text = text;
        sheet = SvgStyleSheet.Of(root);
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Attribute("id")?.Value is { } id)
                ids.TryAdd(id, element);
        }
    }

    public static SvgDrawing Read(string xml, ISvgTextPainter text)
    {
        var root = Parse(xml);
        if (!IsSvg(root) || root.Name.LocalName != "svg")
            throw Error(root, $"the root element is <{root.Name.LocalName}>; an SVG file starts with <svg>");
        return new SvgReader(root, text).Document(root);
    }

    internal static SvgException Error(XObject node, string problem)
    {
        var (line, column) = SvgAttributes.Where(node);
        return new SvgException(problem, line, column);
    }

    /// <summary>A length in user units: a number, optionally in px (one px is one user unit). Percentages and other units are errors.</summary>
    internal static double Length(string value, XElement e, string what)
    {
        var text = value.Trim();
        if (text.EndsWith("px", StringComparison.Ordinal))
            text = text[..^2];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)
            ? n
            : throw Error(e, $"{what}=\"{value}\" is not a length this reader supports; write a number of user units (px)");
    }

    private static XElement Parse(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace).Root
                ?? throw new SvgException("the file holds no element", 0, 0);
        }
        catch (XmlException problem)
        {
            throw new SvgException($"not well-formed XML: {problem.Message}", problem.LineNumber, problem.LinePosition);
        }
    }

    private static bool IsSvg(XElement e) => e.Name.Namespace == Svg || e.Name.Namespace == XNamespace.None;

    private SvgDrawing Document(XElement root)
    {
        var properties = SvgAttributes.Of(root, sheet);
        var viewBox = properties.TryGetValue("viewBox", out var box) ? SvgStyleReader.Numbers(box, root, "viewBox") : null;
        if (viewBox is not null && (viewBox.Count != 4 || viewBox[2] <= 0 || viewBox[3] <= 0))
            throw Error(root, $"viewBox=\"{box}\" is not four numbers with a positive width and height");
        var width = properties.TryGetValue("width", out var w) ? Length(w, root, "width") : viewBox?[2] ?? throw Error(root, "the <svg> has neither a width nor a viewBox");
        var height = properties.TryGetValue("height", out var h) ? Length(h, root, "height") : viewBox?[3] ?? throw Error(root, "the <svg> has neither a height nor a viewBox");
        var style = SvgStyleReader.Apply(SvgStyle.Initial, properties, root);
        var group = new GraphicGroup(Children(root, style))
        {
            Transform = viewBox is null ? Matrix.Identity : ViewBox(viewBox, width, height, properties.GetValueOrDefault("preserveAspectRatio"), root),
            Line = style.Line,
        };
        return new SvgDrawing(width, height, [group]);
    }

    /// <summary>The viewBox fitted into the viewport: uniformly and centred (SVG's default, xMidYMid meet), or stretched with "none".</summary>
    private static Matrix ViewBox(List<double> box, double width, double height, string? aspect, XElement root)
    {
        var (sx, sy) = (width / box[2], height / box[3]);
        if (aspect is null or "xMidYMid" or "xMidYMid meet")
        {
            var scale = Math.Min(sx, sy);
            var (dx, dy) = ((width - (box[2] * scale)) / 2, (height - (box[3] * scale)) / 2);
            return new Matrix(scale, 0, 0, scale, dx - (box[0] * scale), dy - (box[1] * scale));
        }

        return aspect == "none"
            ? new Matrix(sx, 0, 0, sy, -box[0] * sx, -box[1] * sy)
            : throw Error(root, $"preserveAspectRatio=\"{aspect}\" is not supported; use xMidYMid meet (the default) or none");
    }

    private List<Graphic> Children(XElement parent, SvgStyle style)
    {
        var graphics = new List<Graphic>();
        foreach (var child in parent.Elements())
        {
            if (Element(child, style) is { } graphic)
                graphics.Add(graphic);
        }

        return graphics;
    }

    private Graphic? Element(XElement e, SvgStyle parent)
    {
        var name = e.Name.LocalName;
        if (!IsSvg(e) || Skipped.Contains(name))
            return null;
        if (!SvgAttributes.IsDrawing(name))
            throw Error(e, $"the element <{name}> is not supported (this reader draws g, use, path, rect, circle, ellipse, line, polyline, polygon and text)");
        var properties = SvgAttributes.Of(e, sheet);
        if (properties.GetValueOrDefault("display") == "none" || properties.GetValueOrDefault("visibility") is "hidden" or "collapse")
            return null;
        var style = SvgStyleReader.Apply(parent, properties, e);
        var graphic = name switch
        {
            "g" => new GraphicGroup(Children(e, style)),
            "text" => Text(e, style),
            "use" => Use(e, properties, style),
            _ => Shape(e, name, properties, style),
        };
        return graphic is null ? null : Wrapped(e, graphic, properties, parent, style);
    }

    /// <summary>The element's own graphics state: transform, then clip path (in the transformed space), then line style.</summary>
    private Graphic? Wrapped(XElement e, Graphic graphic, Dictionary<string, string> properties, SvgStyle parent, SvgStyle style)
    {
        var transform = properties.TryGetValue("transform", out var t) ? Transform(t, e) : Matrix.Identity;
        var clip = properties.TryGetValue("clip-path", out var reference) && reference != "none" ? Clip(reference, e) : null;
        if (clip is { Segments.Count: 0 })
            return null;
        var line = style.Line != parent.Line && (style.Strokes || graphic is GraphicGroup) ? style.Line : null;
        if (transform.IsIdentity && clip is null && line is null)
            return graphic;
        var content = graphic is GraphicGroup { Transform.IsIdentity: true, Clip: null, Line: null } plain ? plain.Content : [graphic];
        return new GraphicGroup(content) { Transform = transform, Clip = clip?.Segments, ClipRule = clip?.Rule ?? FillRule.NonZero, Line = line };
    }

    private static Matrix Transform(string value, XElement e)
    {
        try
        {
            return SvgTransform.Parse(value);
        }
        catch (FormatException problem)
        {
            throw Error(e, problem.Message);
        }
    }
}
