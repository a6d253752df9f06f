using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Content;

/// <summary>
/// A clickable area (top-left page space, points) and where it goes. <paramref name="Contents"/> is what a
/// screen reader says for it (the annotation's <c>/Contents</c>), usually the link's text.
/// </summary>
public sealed record LinkAnnotation(Rect Area, LinkTarget Target, string Contents);
