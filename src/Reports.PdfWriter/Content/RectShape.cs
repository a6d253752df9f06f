using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Content;

/// <summary>A rectangle filled with <paramref name="Fill"/> and/or stroked with <paramref name="Stroke"/> at <paramref name="LineWidth"/> points.</summary>
public sealed record RectShape(Rect Bounds, RgbColor? Fill, RgbColor? Stroke = null, double LineWidth = 0) : Graphic;
