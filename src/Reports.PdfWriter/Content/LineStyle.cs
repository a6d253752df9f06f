namespace Reports.PdfWriter.Content;

/// <summary>
/// How the strokes of a <see cref="GraphicGroup"/> are drawn: caps, joins, the miter limit (a ratio, as in
/// PDF and SVG) and a dash pattern in points (on, off, on, …; empty for solid) starting <paramref name="DashPhase"/> points in.
/// </summary>
public sealed record LineStyle(LineCap Cap, LineJoin Join, double MiterLimit, IReadOnlyList<double> Dash, double DashPhase = 0)
{
    /// <summary>PDF's defaults: butt caps, miter joins, limit 10, solid.</summary>
    public static LineStyle Default { get; } = new(LineCap.Butt, LineJoin.Miter, 10, []);
}
