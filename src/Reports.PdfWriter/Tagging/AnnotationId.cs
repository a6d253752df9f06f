namespace Reports.PdfWriter.Tagging;

/// <summary>A link annotation on a page, as <c>PageCanvas.AddLink</c> returns it. It must be added to exactly one Link element.</summary>
public readonly record struct AnnotationId(int Page, int Index);
