namespace Reports.PdfWriter.Content;

/// <summary>How stroke segments meet (PDF's <c>j</c>: 0, 1, 2).</summary>
public enum LineJoin
{
    Miter,
    Round,
    Bevel,
}
