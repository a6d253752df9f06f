using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Svg;

/// <summary>
/// An SVG elliptical arc as cubic curves (SVG 1.1 appendix F.6: endpoint to centre parameters, then at
/// most 90° per curve). Radii too small for the endpoints are scaled up, as the specification says.
/// </summary>
internal static class SvgArc
{
    public static IEnumerable<PathSegment> ToCubics(Point from, double rx, double ry, double rotationDegrees, bool large, bool sweep, Point to)
    {
        (rx, ry) = (Math.Abs(rx), Math.Abs(ry));
        if (rx == 0 || ry == 0 || from == to)
            return from == to ? [] : [new LineTo(to)];
        var (sin, cos) = Math.SinCos(rotationDegrees * Math.PI / 180);
        var dx = (from.X - to.X) / 2;
        var dy = (from.Y - to.Y) / 2;
        var x1 = (cos * dx) + (sin * dy);
        var y1 = (-sin * dx) + (cos * dy);
        var lambda = (x1 * x1 / (rx * rx)) + (y1 * y1 / (ry * ry));
        if (lambda > 1)
            (rx, ry) = (rx * Math.Sqrt(lambda), ry * Math.Sqrt(lambda));
        var numerator = (rx * rx * ry * ry) - (rx * rx * y1 * y1) - (ry * ry * x1 * x1);
        var factor = Math.Sqrt(Math.Max(0, numerator / ((rx * rx * y1 * y1) + (ry * ry * x1 * x1)))) * (large == sweep ? -1 : 1);
        var cx1 = factor * rx * y1 / ry;
        var cy1 = -factor * ry * x1 / rx;
        var centre = new Point((cos * cx1) - (sin * cy1) + ((from.X + to.X) / 2), (sin * cx1) + (cos * cy1) + ((from.Y + to.Y) / 2));
        var start = Math.Atan2((y1 - cy1) / ry, (x1 - cx1) / rx);
        var sweepAngle = Math.Atan2((-y1 - cy1) / ry, (-x1 - cx1) / rx) - start;
        if (sweep && sweepAngle < 0)
            sweepAngle += 2 * Math.PI;
        else if (!sweep && sweepAngle > 0)
            sweepAngle -= 2 * Math.PI;
        return Curves(centre, rx, ry, sin, cos, start, sweepAngle, to);
    }

    private static List<PathSegment> Curves(Point centre, double rx, double ry, double sin, double cos, double start, double sweep, Point to)
    {
        var count = (int)Math.Ceiling(Math.Abs(sweep) / (Math.PI / 2) - 1e-9);
        var step = sweep / count;
        var k = 4.0 / 3 * Math.Tan(step / 4);
        var curves = new List<PathSegment>(count);
        for (var i = 0; i < count; i++)
        {
            var (a, b) = (start + (i * step), start + ((i + 1) * step));
            var end = i == count - 1 ? to : On(b, 0);
            curves.Add(new CubicTo(On(a, k), On(b, -k), end));
        }

        return curves;

        // The point at angle t, moved along the tangent by `along` (in units of the radius) for a control point.
        Point On(double t, double along)
        {
            var (st, ct) = Math.SinCos(t);
            var ex = rx * (ct - (along * st));
            var ey = ry * (st + (along * ct));
            return new Point((cos * ex) - (sin * ey) + centre.X, (sin * ex) + (cos * ey) + centre.Y);
        }
    }
}
