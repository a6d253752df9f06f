namespace Reports.PdfWriter.Geometry;

/// <summary>A page's width and height in points.</summary>
public readonly record struct PageSize(double Width, double Height)
{
    public static PageSize A4 { get; } = new(595.28, 841.89);

    public static PageSize Letter { get; } = new(612, 792);
}
