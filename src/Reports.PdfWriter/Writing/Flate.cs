using System.IO.Compression;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// FlateDecode (zlib) compression, reusing one buffer for every stream of a document. The bulk of a long
/// document (page content, object streams) may take a cheaper level than the rest (fonts, images, metadata).
/// </summary>
internal sealed class Flate(CompressionLevel level, int? bulkLevel = null)
{
    private readonly MemoryStream output = new();
    private readonly ZLibCompressionOptions? bulk = bulkLevel is { } b ? new ZLibCompressionOptions { CompressionLevel = b } : null;

    /// <summary>Whether bulk streams take the bulk level yet (see <see cref="PdfWriterOptions.BulkDeflateFromPage"/>).</summary>
    public bool BulkOn { get; set; } = true;

    /// <summary>The compressed bytes; valid until the next call.</summary>
    public ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> data, bool isBulk = false)
    {
        output.SetLength(0);
        using (var zlib = isBulk && BulkOn && bulk is not null ? new ZLibStream(output, bulk, leaveOpen: true) : new ZLibStream(output, level, leaveOpen: true))
            zlib.Write(data);
        return output.GetBuffer().AsSpan(0, (int)output.Length);
    }
}
