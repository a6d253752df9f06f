using System.Security.Cryptography;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// The file as it is written: objects are numbered when reserved and written in the order the document
/// is made (pages as they come, then fonts, structure and catalog), and a classic cross-reference table
/// records where each one starts. Every byte is hashed on the way, so the trailer <c>/ID</c> and the XMP
/// ids are content hashes and the same document gives the same bytes.
/// </summary>
internal sealed class PdfOutput(Stream stream, Flate flate)
{
    private readonly List<long> offsets = [0];
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly PdfBuffer buffer = new();

    public long Position { get; private set; }

    public int ObjectCount => offsets.Count;

    /// <summary>A new object number; the object may be written later, in any order.</summary>
    public int Reserve()
    {
        offsets.Add(-1);
        return offsets.Count - 1;
    }

    public void WriteHeader() =>
        Write(buffer.Cleared().Raw("%PDF-1.7\n%").Raw([0xE2, 0xE3, 0xCF, 0xD3]).Line());

    /// <summary>Writes <c>n 0 obj body endobj</c>.</summary>
    public void WriteObject(int number, PdfBuffer body)
    {
        Begin(number);
        Write(body.Span);
        Write("\nendobj\n"u8);
    }

    /// <summary>A stream object; <paramref name="dictionary"/> holds its entries without the brackets and without /Length or /Filter.</summary>
    public void WriteStream(int number, PdfBuffer dictionary, ReadOnlySpan<byte> data, bool compress = true)
    {
        var body = compress ? flate.Compress(data) : data;
        Begin(number);
        var head = buffer.Cleared().Raw("<<").Raw(dictionary.Span);
        if (compress)
            head.Raw(" /Filter /FlateDecode");
        Write(head.Raw(" /Length ").Int(body.Length).Raw(">>\nstream\n"));
        Write(body);
        Write("\nendstream\nendobj\n"u8);
    }

    /// <summary>The SHA-256 of every byte written so far.</summary>
    public byte[] HashSoFar() => hash.GetCurrentHash();

    /// <summary>The cross-reference table and trailer; nothing follows <c>%%EOF</c>.</summary>
    public void WriteTrailer(int root, int info, byte[] id)
    {
        var unwritten = offsets.Skip(1).Select((offset, i) => (offset, number: i + 1)).FirstOrDefault(o => o.offset < 0);
        if (unwritten.number != 0)
            throw new InvalidOperationException($"Object {unwritten.number} was reserved but never written.");
        var start = Position;
        var table = buffer.Cleared().Raw("xref\n0 ").Int(offsets.Count).Raw("\n0000000000 65535 f\r\n");
        foreach (var offset in offsets.Skip(1))
            table.Raw(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Raw(" 00000 n\r\n");
        table.Raw("trailer\n<</Size ").Int(offsets.Count).Raw(" /Root ").Ref(root).Raw(" /Info ").Ref(info)
            .Raw(" /ID [").HexString(id).HexString(id).Raw("]>>\nstartxref\n").Int(start).Raw("\n%%EOF");
        Write(table);
        stream.Flush();
    }

    private void Begin(int number)
    {
        if (offsets[number] >= 0)
            throw new InvalidOperationException($"Object {number} is written twice.");
        offsets[number] = Position;
        Write(buffer.Cleared().Int(number).Raw(" 0 obj\n"));
    }

    private void Write(PdfBuffer data) => Write(data.Span);

    private void Write(ReadOnlySpan<byte> data)
    {
        stream.Write(data);
        hash.AppendData(data);
        Position += data.Length;
    }
}
