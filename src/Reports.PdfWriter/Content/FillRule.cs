namespace Reports.PdfWriter.Content;

/// <summary>Which areas of a path count as inside when it is filled.</summary>
public enum FillRule
{
    NonZero,
    EvenOdd,
}
