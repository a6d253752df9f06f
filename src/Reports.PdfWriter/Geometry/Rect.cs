namespace Reports.PdfWriter.Geometry;

/// <summary>
/// A rectangle in points, origin at the top-left corner of the page (or form), y growing downwards,
/// as the layout engine places boxes. The writer turns it into PDF's bottom-left space.
/// </summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;
}
