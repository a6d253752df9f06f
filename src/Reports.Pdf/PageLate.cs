using Reports.Layout.Structure;
using Reports.PdfWriter;
using Reports.PdfWriter.Tagging;

namespace Reports.Pdf;

/// <summary>
/// What a drawn page's late content needs, held until the end of the document: the stream its page reserved, the
/// sequence reserved for each table-of-contents number (null for a number without an element), and the links
/// whose text ends with one.
/// </summary>
internal sealed record PageLate(LateContent Content, IReadOnlyList<LateNumber?> Numbers, IReadOnlyDictionary<StructureNode, LateLink> Links);

/// <summary>A table-of-contents number's element, the kind of its sequence and the MCID its page reserved for it.</summary>
internal readonly record struct LateNumber(StructureNode Node, TagKind Kind, ContentId Id);

/// <summary>A link waiting for its page number: its annotation, the text drawn so far, and what it says without text.</summary>
internal sealed record LateLink(AnnotationId Id, string Text, string Fallback);
