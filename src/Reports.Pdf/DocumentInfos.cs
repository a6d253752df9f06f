using Reports.Layout.Model;
using Reports.PdfWriter.Document;

namespace Reports.Pdf;

/// <summary>
/// What the PDF says about itself, from the document's metadata: creation and modification dates are both the
/// document's own date (never the clock), the language the dataset's.
/// </summary>
internal static class DocumentInfos
{
    public static DocumentInfo From(DocumentMetadata metadata) =>
        new(metadata.Title, metadata.Language, metadata.Created.ToUniversalTime())
        {
            Author = metadata.Author,
            Subject = metadata.Subject,
            Keywords = metadata.Keywords,
            Creator = metadata.Creator,
            Producer = metadata.Producer,
        };
}
