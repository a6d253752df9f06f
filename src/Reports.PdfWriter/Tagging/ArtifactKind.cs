namespace Reports.PdfWriter.Tagging;

/// <summary>What an artifact is: running header, footer, other pagination (page numbers), layout (rules), page, or background.</summary>
public enum ArtifactKind
{
    Header,
    Footer,
    Pagination,
    Layout,
    Page,
    Background,
}
