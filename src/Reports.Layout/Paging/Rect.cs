namespace Reports.Layout.Paging;

/// <summary>A rectangle in points, origin at the page's top-left corner, y growing downwards.</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public Rect Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };

    /// <summary>True when the interiors overlap (touching edges do not count).</summary>
    public bool Overlaps(Rect other, double tolerance = 0.01) =>
        X < other.Right - tolerance && other.X < Right - tolerance &&
        Y < other.Bottom - tolerance && other.Y < Bottom - tolerance;

    /// <summary>True when this rectangle lies inside <paramref name="outer"/> (within the tolerance).</summary>
    public bool IsInside(Rect outer, double tolerance = 0.01) =>
        X >= outer.X - tolerance && Y >= outer.Y - tolerance &&
        Right <= outer.Right + tolerance && Bottom <= outer.Bottom + tolerance;

    public Rect Union(Rect other)
    {
        var x = Math.Min(X, other.X);
        var y = Math.Min(Y, other.Y);
        return new Rect(x, y, Math.Max(Right, other.Right) - x, Math.Max(Bottom, other.Bottom) - y);
    }
}
