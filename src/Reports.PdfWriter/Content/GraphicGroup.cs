using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Content;

/// <summary>
/// Graphics drawn in a saved graphics state (<c>q … Q</c>): through <see cref="Transform"/> (their
/// coordinates are in the group's own space), clipped to <see cref="Clip"/> (a path in that space, filled by
/// <see cref="ClipRule"/>) and with strokes in <see cref="Line"/>'s style. Groups nest; what a group sets ends with it.
/// An SVG group or a chart's clipped plot area becomes one.
/// </summary>
public sealed record GraphicGroup(IReadOnlyList<Graphic> Content) : Graphic
{
    public Matrix Transform { get; init; } = Matrix.Identity;

    /// <summary>Null for no clip.</summary>
    public IReadOnlyList<PathSegment>? Clip { get; init; }

    public FillRule ClipRule { get; init; } = FillRule.NonZero;

    /// <summary>Null keeps the enclosing style.</summary>
    public LineStyle? Line { get; init; }

    /// <summary>
    /// The constant opacity of everything the group fills and strokes, 0 (invisible) to 1 (opaque), as an
    /// ExtGState with <c>/ca</c> and <c>/CA</c>; null draws as the enclosing group does. A watermark drawn over
    /// the content with it shows through to what is under it.
    /// </summary>
    public double? Opacity { get; init; }
}
