using System.IO.Compression;

namespace Reports.PdfWriter;

/// <summary>
/// How the writer writes: the standard it claims and enforces, how hard it compresses streams, and whether
/// objects that are not streams go into compressed object streams (with a cross-reference stream): a tagged
/// document's many small structure elements then take a tenth of the room.
/// </summary>
public sealed record PdfWriterOptions(PdfStandard Standard = PdfStandard.Ua1A2a, CompressionLevel Compression = CompressionLevel.Optimal, bool ObjectStreams = false)
{
    /// <summary>
    /// The zlib level (0–9) of the bulk of the file, page content and object streams; null for
    /// <see cref="Compression"/>. Fonts, images and metadata always take <see cref="Compression"/>.
    /// </summary>
    public int? BulkDeflateLevel { get; init; }

    /// <summary>
    /// The page (1-based) from whose content on <see cref="BulkDeflateLevel"/> applies; before it, the bulk takes
    /// <see cref="Compression"/>. A document drawn as it is laid out learns it is long only as its pages come.
    /// </summary>
    public int BulkDeflateFromPage { get; init; } = 1;

    public static PdfWriterOptions Default { get; } = new();
}
