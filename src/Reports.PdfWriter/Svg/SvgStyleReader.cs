using System.Globalization;
using System.Xml.Linq;
using Reports.PdfWriter.Content;

namespace Reports.PdfWriter.Svg;

/// <summary>
/// Applies an element's inherited presentation properties to its parent's style. Opacity below 1 is an
/// error: the writer draws opaque colours only (a translucent logo needs a flat colour instead).
/// </summary>
internal static class SvgStyleReader
{
    public static SvgStyle Apply(SvgStyle parent, IReadOnlyDictionary<string, string> p, XElement e)
    {
        var style = parent;
        if (p.TryGetValue("color", out var color))
            style = style with { Color = Paint(color, parent, e) ?? parent.Color };
        if (p.TryGetValue("fill", out var fill))
            style = style with { Fill = Paint(fill, style, e) };
        if (p.TryGetValue("stroke", out var stroke))
            style = style with { Stroke = Paint(stroke, style, e) };
        if (p.TryGetValue("fill-rule", out var rule))
            style = style with { FillRule = Rule(rule, e) };
        if (p.TryGetValue("clip-rule", out var clipRule))
            style = style with { ClipRule = Rule(clipRule, e) };
        if (p.TryGetValue("stroke-width", out var width))
            style = style with { StrokeWidth = SvgReader.Length(width, e, "stroke-width") };
        foreach (var opacity in new[] { "opacity", "fill-opacity", "stroke-opacity" })
        {
            if (p.TryGetValue(opacity, out var value) && Number(value, e, opacity) < 1)
                throw SvgReader.Error(e, $"{opacity}=\"{value}\": transparency is not supported; use an opaque colour");
        }

        return Font(style with { Line = Line(style.Line, p, e) }, p, e);
    }

    private static LineStyle Line(LineStyle line, IReadOnlyDictionary<string, string> p, XElement e)
    {
        if (p.TryGetValue("stroke-linecap", out var cap))
            line = line with { Cap = cap switch { "butt" => LineCap.Butt, "round" => LineCap.Round, "square" => LineCap.Square, _ => throw SvgReader.Error(e, $"stroke-linecap=\"{cap}\" is not butt, round or square") } };
        if (p.TryGetValue("stroke-linejoin", out var join))
            line = line with { Join = join switch { "miter" => LineJoin.Miter, "round" => LineJoin.Round, "bevel" => LineJoin.Bevel, _ => throw SvgReader.Error(e, $"stroke-linejoin=\"{join}\" is not miter, round or bevel") } };
        if (p.TryGetValue("stroke-miterlimit", out var limit))
            line = line with { MiterLimit = Number(limit, e, "stroke-miterlimit") };
        if (p.TryGetValue("stroke-dasharray", out var dash))
            line = line with { Dash = Dashes(dash, e) };
        if (p.TryGetValue("stroke-dashoffset", out var offset))
            line = line with { DashPhase = SvgReader.Length(offset, e, "stroke-dashoffset") };
        return line;
    }

    private static SvgStyle Font(SvgStyle style, IReadOnlyDictionary<string, string> p, XElement e)
    {
        if (p.TryGetValue("font-family", out var families))
            style = style with { Families = [.. families.Split(',').Select(f => f.Trim().Trim('"', '\'')).Where(f => f.Length > 0)] };
        if (p.TryGetValue("font-size", out var size))
            style = style with { FontSize = SvgReader.Length(size, e, "font-size") };
        if (p.TryGetValue("font-weight", out var weight))
        {
            style = style with
            {
                FontWeight = weight switch
                {
                    "normal" => 400,
                    "bold" => 700,
                    _ when int.TryParse(weight, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w is >= 1 and <= 1000 => w,
                    _ => throw SvgReader.Error(e, $"font-weight=\"{weight}\" is not normal, bold or a number 1–1000"),
                },
            };
        }

        if (p.TryGetValue("font-style", out var slant))
            style = style with { Italic = slant switch { "normal" => false, "italic" or "oblique" => true, _ => throw SvgReader.Error(e, $"font-style=\"{slant}\" is not normal, italic or oblique") } };
        if (p.TryGetValue("text-anchor", out var anchor))
            style = style with { Anchor = anchor switch { "start" => SvgTextAnchor.Start, "middle" => SvgTextAnchor.Middle, "end" => SvgTextAnchor.End, _ => throw SvgReader.Error(e, $"text-anchor=\"{anchor}\" is not start, middle or end") } };
        return style;
    }

    private static PdfWriter.Geometry.RgbColor? Paint(string value, SvgStyle style, XElement e) =>
        SvgColors.Parse(value, style.Color, out var problem) is var color && problem is null ? color : throw SvgReader.Error(e, problem);

    private static FillRule Rule(string value, XElement e) => value switch
    {
        "nonzero" => FillRule.NonZero,
        "evenodd" => FillRule.EvenOdd,
        _ => throw SvgReader.Error(e, $"'{value}' is not a fill rule; use nonzero or evenodd"),
    };

    private static double[] Dashes(string value, XElement e)
    {
        if (value.Trim() == "none")
            return [];
        var dashes = Numbers(value, e, "stroke-dasharray");
        if (dashes.Any(d => d < 0) || (dashes.Count > 0 && dashes.All(d => d == 0)))
            throw SvgReader.Error(e, $"stroke-dasharray=\"{value}\" needs lengths of zero or more, not all zero");
        return [.. dashes.Count % 2 == 1 ? dashes.Concat(dashes) : dashes];
    }

    public static double Number(string value, XElement e, string what) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)
            ? n
            : throw SvgReader.Error(e, $"{what}=\"{value}\" is not a number");

    public static List<double> Numbers(string value, XElement e, string what)
    {
        try
        {
            return SvgTransform.Numbers(value.Replace("px", " ", StringComparison.Ordinal));
        }
        catch (FormatException problem)
        {
            throw SvgReader.Error(e, $"{what}: {problem.Message}");
        }
    }
}
