namespace Reports.PdfWriter.Tagging;

/// <summary>How a list's labels are numbered (<c>/ListNumbering</c> on an L).</summary>
public enum ListNumbering
{
    None,
    Disc,
    Circle,
    Square,
    Decimal,
    LowerAlpha,
    UpperAlpha,
    LowerRoman,
    UpperRoman,
}
