using System.IO.Compression;

namespace Reports.PdfWriter;

/// <summary>How the writer writes: the standard it claims and enforces, and how hard it compresses streams.</summary>
public sealed record PdfWriterOptions(PdfStandard Standard = PdfStandard.Ua1A2a, CompressionLevel Compression = CompressionLevel.Optimal)
{
    public static PdfWriterOptions Default { get; } = new();
}
