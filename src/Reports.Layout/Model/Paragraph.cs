namespace Reports.Layout.Model;

/// <summary>
/// Flowing text. When split across pages, at least two lines stay on each side.
/// </summary>
public sealed record Paragraph(IReadOnlyList<Span> Spans, ParagraphRole Role = ParagraphRole.Body) : Block;
