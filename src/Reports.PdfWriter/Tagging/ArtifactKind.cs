namespace Reports.PdfWriter.Tagging;

/// <summary>What an artifact is: running header, footer, watermark, other pagination (page numbers), layout (rules), page, or background.</summary>
public enum ArtifactKind
{
    Header,
    Footer,
    Pagination,
    Layout,
    Page,
    Background,
    Watermark,
}
