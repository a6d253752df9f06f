using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Svg;

/// <summary>Reads an SVG transform list (matrix, translate, scale, rotate with or without a centre, skewX, skewY) into one matrix.</summary>
internal static class SvgTransform
{
    public static Matrix Parse(string text)
    {
        var result = Matrix.Identity;
        var rest = text.AsSpan().Trim();
        while (!rest.IsEmpty)
        {
            var open = rest.IndexOf('(');
            var close = rest.IndexOf(')');
            if (open <= 0 || close < open)
                throw new FormatException($"'{text}' is not a transform list; write e.g. translate(10 20) rotate(-90)");
            var name = rest[..open].Trim().ToString();
            var arguments = Numbers(rest[(open + 1)..close].ToString());
            result = result.Times(One(name, arguments, text));
            rest = rest[(close + 1)..].TrimStart().TrimStart(',').TrimStart();
        }

        return result;
    }

    private static Matrix One(string name, IReadOnlyList<double> a, string text) => (name, a.Count) switch
    {
        ("matrix", 6) => new Matrix(a[0], a[1], a[2], a[3], a[4], a[5]),
        ("translate", 1) => Matrix.Translate(a[0], 0),
        ("translate", 2) => Matrix.Translate(a[0], a[1]),
        ("scale", 1) => Matrix.Scale(a[0], a[0]),
        ("scale", 2) => Matrix.Scale(a[0], a[1]),
        ("rotate", 1) => Matrix.Rotate(a[0]),
        ("rotate", 3) => Matrix.Translate(a[1], a[2]).Times(Matrix.Rotate(a[0])).Times(Matrix.Translate(-a[1], -a[2])),
        ("skewX", 1) => new Matrix(1, 0, Math.Tan(a[0] * Math.PI / 180), 1, 0, 0),
        ("skewY", 1) => new Matrix(1, Math.Tan(a[0] * Math.PI / 180), 0, 1, 0, 0),
        _ => throw new FormatException($"'{name}' with {a.Count} numbers is not a transform (in '{text}'); use matrix(6), translate(1–2), scale(1–2), rotate(1 or 3), skewX(1) or skewY(1)"),
    };

    public static List<double> Numbers(string text)
    {
        var reader = new SvgNumberReader(text);
        var numbers = new List<double>();
        while (reader.SkipSeparators())
            numbers.Add(reader.Number());
        return numbers;
    }
}
