using Reports.Layout.Model;
using SkiaSharp;

namespace Reports.Layout.Rendering;

/// <summary>
/// Document information for SkiaSharp. Creation and modification dates are both the document's own
/// date, in UTC, so output does not depend on the clock or the machine's time zone.
/// </summary>
internal static class PdfMetadata
{
    public static SKDocumentPdfMetadata From(DocumentMetadata metadata)
    {
        var created = metadata.Created.UtcDateTime;
        return new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Subject = metadata.Subject ?? "",
            Author = metadata.Author ?? "",
            Keywords = metadata.Keywords ?? "",
            Creator = metadata.Creator,
            Producer = metadata.Producer,
            Creation = created,
            Modified = created,
            PdfA = false,
        };
    }
}
