namespace Reports.PdfWriter.Tagging;

/// <summary>A child of a tag group: another group, a marked-content sequence, or an annotation.</summary>
internal readonly record struct TagChild(TagGroup? Group, int Page, int Number, bool IsAnnotation)
{
    public bool IsContent => Group is null && !IsAnnotation;
}
