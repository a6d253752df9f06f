using Reports.PdfWriter.Content;
using Reports.PdfWriter.Validation;

namespace Reports.PdfWriter;

/// <summary>
/// The outcome of <see cref="PdfDocumentWriter.Finish"/>: either a finished file (no errors), or the rules the
/// document breaks under its standard, in which case the file was not finished and must be discarded.
/// </summary>
public sealed record PdfWriteResult(IReadOnlyList<ValidationError> Errors, int Pages, long Bytes)
{
    public bool Written => Errors.Count == 0;

    /// <summary>Every face the file embeds (page text and charts alike), in the order first drawn.</summary>
    public IReadOnlyList<FontFace> Fonts { get; init; } = [];
}
