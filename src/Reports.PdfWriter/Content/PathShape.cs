using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Content;

/// <summary>A path filled and/or stroked (line width in points).</summary>
public sealed record PathShape(IReadOnlyList<PathSegment> Segments, RgbColor? Fill, RgbColor? Stroke = null, double LineWidth = 0, FillRule Rule = FillRule.NonZero) : Graphic;
