namespace Reports.PdfWriter.Geometry;

/// <summary>A point in points (1/72 inch), origin at the top-left corner of the page (or form), y growing downwards.</summary>
public readonly record struct Point(double X, double Y);
