using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Content;

/// <summary>A straight line (a rule) of <paramref name="Width"/> points.</summary>
public sealed record LineShape(Point From, Point To, RgbColor Stroke, double Width) : Graphic;
