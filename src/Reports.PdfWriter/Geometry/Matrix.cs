namespace Reports.PdfWriter.Geometry;

/// <summary>
/// An affine transform in top-left space (y down), as SVG and Skia write it: a point (x, y) goes to
/// (A·x + C·y + E, B·x + D·y + F). The writer turns it into PDF's bottom-left space.
/// </summary>
public readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static Matrix Identity { get; } = new(1, 0, 0, 1, 0, 0);

    public bool IsIdentity => this == Identity;

    public static Matrix Translate(double x, double y) => new(1, 0, 0, 1, x, y);

    public static Matrix Scale(double x, double y) => new(x, 0, 0, y, 0, 0);

    /// <summary>Rotation by <paramref name="degrees"/>, clockwise on the page (y down), about the origin.</summary>
    public static Matrix Rotate(double degrees)
    {
        var radians = degrees * Math.PI / 180;
        var (sin, cos) = Math.SinCos(radians);
        return new(cos, sin, -sin, cos, 0, 0);
    }

    /// <summary>The product this · <paramref name="inner"/> (apply <paramref name="inner"/> first).</summary>
    public Matrix Times(Matrix inner) => new(
        (A * inner.A) + (C * inner.B),
        (B * inner.A) + (D * inner.B),
        (A * inner.C) + (C * inner.D),
        (B * inner.C) + (D * inner.D),
        (A * inner.E) + (C * inner.F) + E,
        (B * inner.E) + (D * inner.F) + F);

    public Point Apply(Point p) => new((A * p.X) + (C * p.Y) + E, (B * p.X) + (D * p.Y) + F);
}
