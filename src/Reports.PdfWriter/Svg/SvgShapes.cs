using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Svg;

/// <summary>The outlines of SVG's basic shapes as path segments (circles and ellipses as four cubics each).</summary>
internal static class SvgShapes
{
    /// <summary>4/3·(√2 − 1): the control distance that makes a quarter circle of a cubic.</summary>
    private const double Kappa = 0.5522847498307936;

    public static IReadOnlyList<PathSegment> Ellipse(double cx, double cy, double rx, double ry)
    {
        var (kx, ky) = (rx * Kappa, ry * Kappa);
        return
        [
            new MoveTo(new Point(cx + rx, cy)),
            new CubicTo(new Point(cx + rx, cy + ky), new Point(cx + kx, cy + ry), new Point(cx, cy + ry)),
            new CubicTo(new Point(cx - kx, cy + ry), new Point(cx - rx, cy + ky), new Point(cx - rx, cy)),
            new CubicTo(new Point(cx - rx, cy - ky), new Point(cx - kx, cy - ry), new Point(cx, cy - ry)),
            new CubicTo(new Point(cx + kx, cy - ry), new Point(cx + rx, cy - ky), new Point(cx + rx, cy)),
            new ClosePath(),
        ];
    }

    public static IReadOnlyList<PathSegment> Rect(Rect r) =>
    [
        new MoveTo(new Point(r.X, r.Y)),
        new LineTo(new Point(r.Right, r.Y)),
        new LineTo(new Point(r.Right, r.Bottom)),
        new LineTo(new Point(r.X, r.Bottom)),
        new ClosePath(),
    ];

    /// <summary>A rectangle with elliptical corners of radii <paramref name="rx"/>, <paramref name="ry"/> (already clamped to half the sides).</summary>
    public static IReadOnlyList<PathSegment> RoundedRect(Rect r, double rx, double ry)
    {
        var (kx, ky) = (rx * (1 - Kappa), ry * (1 - Kappa));
        return
        [
            new MoveTo(new Point(r.X + rx, r.Y)),
            new LineTo(new Point(r.Right - rx, r.Y)),
            new CubicTo(new Point(r.Right - kx, r.Y), new Point(r.Right, r.Y + ky), new Point(r.Right, r.Y + ry)),
            new LineTo(new Point(r.Right, r.Bottom - ry)),
            new CubicTo(new Point(r.Right, r.Bottom - ky), new Point(r.Right - kx, r.Bottom), new Point(r.Right - rx, r.Bottom)),
            new LineTo(new Point(r.X + rx, r.Bottom)),
            new CubicTo(new Point(r.X + kx, r.Bottom), new Point(r.X, r.Bottom - ky), new Point(r.X, r.Bottom - ry)),
            new LineTo(new Point(r.X, r.Y + ry)),
            new CubicTo(new Point(r.X, r.Y + ky), new Point(r.X + kx, r.Y), new Point(r.X + rx, r.Y)),
            new ClosePath(),
        ];
    }

    public static IReadOnlyList<PathSegment> Poly(IReadOnlyList<double> coordinates, bool close)
    {
        var segments = new List<PathSegment>();
        for (var i = 0; i + 1 < coordinates.Count; i += 2)
        {
            var p = new Point(coordinates[i], coordinates[i + 1]);
            segments.Add(i == 0 ? new MoveTo(p) : new LineTo(p));
        }

        if (close && segments.Count > 0)
            segments.Add(new ClosePath());
        return segments;
    }

    /// <summary>The segments with every point transformed (a clip path's own transform).</summary>
    public static IReadOnlyList<PathSegment> Transformed(IReadOnlyList<PathSegment> segments, Matrix m) =>
        m.IsIdentity ? segments : [.. segments.Select(s => s switch
        {
            MoveTo move => new MoveTo(m.Apply(move.To)),
            LineTo line => new LineTo(m.Apply(line.To)),
            CubicTo c => new CubicTo(m.Apply(c.Control1), m.Apply(c.Control2), m.Apply(c.To)),
            _ => s,
        })];
}
