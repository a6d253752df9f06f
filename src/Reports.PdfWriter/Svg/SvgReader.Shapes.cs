using System.Text;
using System.Xml.Linq;
using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Svg;

/// <summary>The basic shapes, text and clip paths of <see cref="SvgReader"/>.</summary>
public sealed partial class SvgReader
{
    private static Graphic? Shape(XElement e, string name, Dictionary<string, string> p, SvgStyle style)
    {
        double L(string attribute, double fallback = 0) => p.TryGetValue(attribute, out var v) ? Length(v, e, attribute) : fallback;
        return name switch
        {
            "rect" => Rect(e, new Rect(L("x"), L("y"), L("width"), L("height")), p, style),
            "circle" => Path(SvgShapes.Ellipse(L("cx"), L("cy"), L("r"), L("r")), style, L("r") > 0),
            "ellipse" => Path(SvgShapes.Ellipse(L("cx"), L("cy"), L("rx"), L("ry")), style, L("rx") > 0 && L("ry") > 0),
            "line" => style.Strokes ? new LineShape(new Point(L("x1"), L("y1")), new Point(L("x2"), L("y2")), style.Stroke!.Value, style.StrokeWidth) : null,
            "polyline" or "polygon" => Path(SvgShapes.Poly(Points(e, p), name == "polygon"), style, true),
            _ => Path(PathData(e, p.GetValueOrDefault("d") ?? ""), style, true),
        };
    }

    private static Graphic? Rect(XElement e, Rect r, Dictionary<string, string> p, SvgStyle style)
    {
        if (r.Width < 0 || r.Height < 0)
            throw Error(e, $"a <rect> of width {r.Width} and height {r.Height}: neither may be negative");
        if (r.Width == 0 || r.Height == 0 || (style.Fill is null && !style.Strokes))
            return null;
        var rx = p.TryGetValue("rx", out var x) ? Length(x, e, "rx") : (double?)null;
        var ry = p.TryGetValue("ry", out var y) ? Length(y, e, "ry") : (double?)null;
        var (cornerX, cornerY) = (Math.Min(rx ?? ry ?? 0, r.Width / 2), Math.Min(ry ?? rx ?? 0, r.Height / 2));
        if (cornerX > 0 && cornerY > 0)
            return Path(SvgShapes.RoundedRect(r, cornerX, cornerY), style, true);
        return new RectShape(r, style.Fill, style.Strokes ? style.Stroke : null, style.Strokes ? style.StrokeWidth : 0);
    }

    private static PathShape? Path(IReadOnlyList<PathSegment> segments, SvgStyle style, bool drawn)
    {
        if (!drawn || segments.Count == 0 || (style.Fill is null && !style.Strokes))
            return null;
        return new PathShape(segments, style.Fill, style.Strokes ? style.Stroke : null, style.Strokes ? style.StrokeWidth : 0, style.FillRule);
    }

    private static IReadOnlyList<PathSegment> PathData(XElement e, string data)
    {
        try
        {
            return SvgPathData.Parse(data);
        }
        catch (FormatException problem)
        {
            throw Error(e, $"d=\"{(data.Length > 40 ? data[..40] + "…" : data)}\": {problem.Message}");
        }
    }

    private static List<double> Points(XElement e, Dictionary<string, string> p)
    {
        var points = SvgStyleReader.Numbers(p.GetValueOrDefault("points") ?? "", e, "points");
        return points.Count % 2 == 0 ? points : throw Error(e, $"points=\"{p["points"]}\" has an odd count of numbers; write x,y pairs");
    }

    private Graphic? Text(XElement e, SvgStyle style)
    {
        if (e.Elements().FirstOrDefault() is { } child)
            throw Error(child, $"<{child.Name.LocalName}> inside <text> is not supported; write each piece of text as its own <text>");
        if (style.Strokes)
            throw Error(e, "text with a stroke (outlined text) is not supported; fill it instead");
        var content = Whitespace(string.Concat(e.Nodes().OfType<XText>().Select(t => t.Value)), e.Attribute(XNamespace.Xml + "space")?.Value == "preserve");
        if (content.Length == 0 || style.Fill is not { } fill)
            return null;
        var p = SvgAttributes.Of(e, sheet);
        var xs = p.TryGetValue("x", out var x) ? SvgStyleReader.Numbers(x, e, "x") : [0];
        var ys = p.TryGetValue("y", out var y) ? SvgStyleReader.Numbers(y, e, "y") : [0];
        var (line, column) = SvgAttributes.Where(e);
        var request = new SvgText(content, xs.Count > 0 ? xs : [0], ys.Count > 0 ? ys : [0], style.Families, style.FontSize, style.FontWeight, style.Italic, fill, style.Anchor, line, column);
        return text.Paint(request);
    }

    /// <summary>
    /// A use of another element (or a symbol without a viewBox) of this file, drawn with the use's style
    /// inherited and moved by its x and y. An element that uses itself, directly or not, is an error.
    /// </summary>
    private Graphic? Use(XElement e, Dictionary<string, string> p, SvgStyle style)
    {
        var reference = p.GetValueOrDefault("href") ?? "";
        if (!reference.StartsWith('#') || !ids.TryGetValue(reference[1..], out var target))
            throw Error(e, $"href=\"{reference}\" does not name an element of this file (write #id; other files are not read)");
        if (target.Name.LocalName == "symbol" && SvgAttributes.Of(target, sheet).ContainsKey("viewBox"))
            throw Error(target, "a <symbol> with a viewBox is not supported");
        if (!inUse.Add(target))
            throw Error(e, $"the use of #{reference[1..]} refers to itself");
        try
        {
            var drawn = target.Name.LocalName == "symbol"
                ? new GraphicGroup(Children(target, SvgStyleReader.Apply(style, SvgAttributes.Of(target, sheet), target)))
                : Element(target, style);
            double L(string name) => p.TryGetValue(name, out var v) ? Length(v, e, name) : 0;
            var (x, y) = (L("x"), L("y"));
            return drawn is null || (x == 0 && y == 0) ? drawn : new GraphicGroup([drawn]) { Transform = Matrix.Translate(x, y) };
        }
        finally
        {
            inUse.Remove(target);
        }
    }

    /// <summary>SVG's whitespace handling: by default newlines go, tabs become spaces, spaces collapse and the ends are trimmed.</summary>
    private static string Whitespace(string raw, bool preserve)
    {
        if (preserve)
            return raw.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw.Replace("\r", "").Replace("\n", ""))
        {
            var space = c is ' ' or '\t';
            if (!space || (builder.Length > 0 && builder[^1] != ' '))
                builder.Append(space ? ' ' : c);
        }

        return builder.ToString().TrimEnd(' ');
    }

    /// <summary>A clip-path reference: one shape in a clipPath in user space (the clipPath's shape may have its own transform).</summary>
    private (IReadOnlyList<PathSegment> Segments, FillRule Rule)? Clip(string reference, XElement e)
    {
        var id = reference.StartsWith("url(#", StringComparison.Ordinal) && reference.EndsWith(')') ? reference[5..^1].Trim('"', '\'') : null;
        if (id is null || !ids.TryGetValue(id, out var clip) || clip.Name.LocalName != "clipPath")
            throw Error(e, $"clip-path=\"{reference}\" does not name a <clipPath> of this file (write url(#id))");
        var properties = SvgAttributes.Of(clip, sheet);
        if (properties.GetValueOrDefault("clipPathUnits", "userSpaceOnUse") != "userSpaceOnUse")
            throw Error(clip, "clipPathUnits=\"objectBoundingBox\" is not supported; use userSpaceOnUse");
        if (properties.ContainsKey("clip-path") || properties.ContainsKey("transform"))
            throw Error(clip, "a clip-path or transform on a <clipPath> itself is not supported");
        var shapes = clip.Elements().Where(c => IsSvg(c) && !Skipped.Contains(c.Name.LocalName)).ToList();
        if (shapes.Count > 1)
            throw Error(shapes[1], "a <clipPath> of more than one shape is not supported; combine them into one path");
        if (shapes.Count == 0)
            return ([], FillRule.NonZero);
        return ClipShape(shapes[0], SvgStyleReader.Apply(SvgStyle.Initial, properties, clip));
    }

    private (IReadOnlyList<PathSegment>, FillRule) ClipShape(XElement shape, SvgStyle clipStyle)
    {
        var name = shape.Name.LocalName;
        if (name is "g" or "text" or "line" or "use" || !SvgAttributes.IsDrawing(name))
            throw Error(shape, $"<{name}> in a <clipPath> is not supported; clip with a path, rect, circle, ellipse or polygon");
        var p = SvgAttributes.Of(shape, sheet);
        var style = SvgStyleReader.Apply(clipStyle, p, shape) with { Fill = RgbColor.Black, Stroke = null };
        var outline = Shape(shape, name, p, style) switch
        {
            RectShape r => SvgShapes.Rect(r.Bounds),
            PathShape path => path.Segments,
            _ => [],
        };
        var transform = p.TryGetValue("transform", out var t) ? Transform(t, shape) : Matrix.Identity;
        return (SvgShapes.Transformed(outline, transform), style.ClipRule);
    }
}
