namespace Reports.PdfWriter.Content;

/// <summary>How strokes end (PDF's <c>J</c>: 0, 1, 2).</summary>
public enum LineCap
{
    Butt,
    Round,
    Square,
}
