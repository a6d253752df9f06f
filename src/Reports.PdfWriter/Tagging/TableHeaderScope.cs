namespace Reports.PdfWriter.Tagging;

/// <summary>Which cells a table header cell heads (<c>/Scope</c>; PDF/UA wants it on every TH).</summary>
public enum TableHeaderScope
{
    Column,
    Row,
    Both,
}
