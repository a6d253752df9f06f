using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Writing;

/// <summary>What the document keeps of a written page: its object, size, struct-parents key, MCID count and annotations.</summary>
internal sealed record PageRecord(int ObjectNumber, PageSize Size, int StructParents, int McidCount, IReadOnlyList<AnnotationRecord> Annotations);

/// <summary>A written link annotation: its object and its struct-parent key.</summary>
internal sealed record AnnotationRecord(int ObjectNumber, int StructParent);
