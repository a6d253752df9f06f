using System.Security.Cryptography;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// The file as it is written: objects are numbered when reserved and written in the order the document
/// is made (pages as they come, then fonts, structure and catalog), and a classic cross-reference table
/// records where each one starts. Every byte is hashed on the way, so the trailer <c>/ID</c> and the XMP
/// ids are content hashes and the same document gives the same bytes.
/// </summary>
/// <remarks>
/// With <c>objectStreams</c>, objects that are not streams are packed, <see cref="PackSize"/> at a time, into
/// compressed object streams (PDF 1.5; allowed by PDF/A-2 and PDF/UA-1), and a cross-reference stream
/// replaces the table: a tagged document is mostly small structure elements (a 15-page brief has 600), which
/// as plain objects would weigh more than its text.
/// </remarks>
internal sealed class PdfOutput(Stream stream, Flate flate, bool objectStreams = false)
{
    /// <summary>Objects per object stream: enough to compress well, few enough to keep little in memory.</summary>
    public const int PackSize = 200;

    /// <summary>A file offset, or for a packed object −(object stream number × 1000 + index) − 2; −1 before it is written.</summary>
    private readonly List<long> offsets = [0];
    private readonly PdfBuffer packed = new();
    private readonly List<(int Number, int Offset)> packedObjects = [];
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly PdfBuffer buffer = new();

    // An object stream's offsets, its whole data and its dictionary, reused from one to the next (a long
    // document writes thousands).
    private readonly PdfBuffer packedHeader = new();
    private readonly PdfBuffer packedData = new();
    private readonly PdfBuffer packedDictionary = new();

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

    /// <summary>Writes <c>n 0 obj body endobj</c> (or packs the body into the next object stream).</summary>
    public void WriteObject(int number, PdfBuffer body)
    {
        if (objectStreams)
        {
            Pack(number, body.Span);
            return;
        }

        Begin(number);
        Write(body.Span);
        Write("\nendobj\n"u8);
    }

    /// <summary>
    /// A stream object; <paramref name="dictionary"/> holds its entries without the brackets and without /Length
    /// or /Filter. <paramref name="bulk"/> marks the kind a long document has thousands of (page content, object
    /// streams), compressed at the bulk level.
    /// </summary>
    public void WriteStream(int number, PdfBuffer dictionary, ReadOnlySpan<byte> data, bool compress = true, bool bulk = false)
    {
        var body = compress ? flate.Compress(data, bulk) : data;
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
        if (objectStreams)
        {
            WriteCrossReferenceStream(root, info, id);
            return;
        }

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

    private void Pack(int number, ReadOnlySpan<byte> body)
    {
        if (offsets[number] != -1)
            throw new InvalidOperationException($"Object {number} is written twice.");
        offsets[number] = -2;
        packedObjects.Add((number, packed.Length));
        packed.Raw(body).Line();
        if (packedObjects.Count == PackSize)
            FlushPacked();
    }

    /// <summary>Writes the packed objects as one object stream: "number offset" pairs, then the objects.</summary>
    private void FlushPacked()
    {
        if (packedObjects.Count == 0)
            return;
        var container = Reserve();
        var header = packedHeader.Cleared();
        for (var i = 0; i < packedObjects.Count; i++)
        {
            var (number, offset) = packedObjects[i];
            header.Int(number).Space().Int(offset).Space();
            offsets[number] = -((container * 1000L) + i) - 2;
        }

        var data = packedData.Cleared().Raw(header.Span).Raw(packed.Span);
        WriteStream(container, packedDictionary.Cleared().Raw("/Type /ObjStm /N ").Int(packedObjects.Count).Raw(" /First ").Int(header.Length), data.Span, bulk: true);
        packed.Clear();
        packedObjects.Clear();
    }

    /// <summary>
    /// The cross-reference stream (type 1 entries: offset; type 2: object stream and index), which also
    /// carries the trailer's entries; nothing follows <c>%%EOF</c>.
    /// </summary>
    private void WriteCrossReferenceStream(int root, int info, byte[] id)
    {
        FlushPacked();
        var self = Reserve();
        var unwritten = offsets.Skip(1).Select((offset, i) => (offset, number: i + 1)).FirstOrDefault(o => o.offset == -1 && o.number != self);
        if (unwritten.number != 0)
            throw new InvalidOperationException($"Object {unwritten.number} was reserved but never written.");
        var entries = new byte[offsets.Count * 8];
        for (var n = 0; n < offsets.Count; n++)
        {
            var entry = entries.AsSpan(n * 8, 8);
            var offset = n == self ? Position : offsets[n];
            var (type, field2, field3) = n == 0 ? (0, 0L, 65535) : offset >= 0 ? (1, offset, 0) : (2, (-offset - 2) / 1000, (int)((-offset - 2) % 1000));
            entry[0] = (byte)type;
            for (var b = 0; b < 5; b++)
                entry[1 + b] = (byte)(field2 >> (8 * (4 - b)));
            entry[6] = (byte)(field3 >> 8);
            entry[7] = (byte)field3;
        }

        var start = Position;
        var dictionary = new PdfBuffer().Raw("/Type /XRef /Size ").Int(offsets.Count).Raw(" /W [1 5 2] /Root ").Ref(root).Raw(" /Info ").Ref(info)
            .Raw(" /ID [").HexString(id).HexString(id).Raw("]");
        WriteStream(self, dictionary, entries);
        Write(buffer.Cleared().Raw("startxref\n").Int(start).Raw("\n%%EOF"));
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
