using System.IO.Compression;

namespace Reports.PdfWriter.Writing;

/// <summary>FlateDecode (zlib) compression, reusing one buffer for every stream of a document.</summary>
internal sealed class Flate(CompressionLevel level)
{
    private readonly MemoryStream output = new();

    /// <summary>The compressed bytes; valid until the next call.</summary>
    public ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> data)
    {
        output.SetLength(0);
        using (var zlib = new ZLibStream(output, level, leaveOpen: true))
            zlib.Write(data);
        return output.GetBuffer().AsSpan(0, (int)output.Length);
    }
}
