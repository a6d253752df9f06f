using System.Buffers.Binary;
using System.Text;

namespace Reports.PdfWriter.Fonts;

/// <summary>
/// The table directory of one face in an OpenType/TrueType file or collection (<c>ttcf</c>), over the
/// file's bytes. Only what a PDF font needs is read; a missing table reads as empty.
/// </summary>
public sealed class OpenTypeFace
{
    private readonly ReadOnlyMemory<byte> file;
    private readonly Dictionary<string, (int Offset, int Length)> tables;

    private OpenTypeFace(ReadOnlyMemory<byte> file, Dictionary<string, (int, int)> tables)
    {
        this.file = file;
        this.tables = tables;
    }

    public ReadOnlyMemory<byte> File => file;

    public static OpenTypeFace Read(ReadOnlyMemory<byte> bytes, int index)
    {
        var file = bytes.Span;
        var start = 0;
        if (file.Length >= 12 && file[..4].SequenceEqual("ttcf"u8))
        {
            var count = (int)U32(file, 8);
            if (index < 0 || index >= count)
                throw new InvalidDataException($"the collection holds {count} faces; face {index} does not exist");
            start = (int)U32(file, 12 + (4 * index));
        }
        else if (index != 0)
        {
            throw new InvalidDataException($"the file is not a collection, so it has no face {index}");
        }

        var tableCount = U16(file, start + 4);
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < tableCount; i++)
        {
            var record = start + 12 + (16 * i);
            var tag = Encoding.ASCII.GetString(file.Slice(record, 4));
            var offset = (int)U32(file, record + 8);
            var length = (int)U32(file, record + 12);
            if (offset < 0 || length < 0 || offset + length > file.Length)
                throw new InvalidDataException($"table '{tag}' lies outside the file");
            tables[tag] = (offset, length);
        }

        return new OpenTypeFace(bytes, tables);
    }

    public bool Has(string tag) => tables.ContainsKey(tag);

    public ReadOnlySpan<byte> Table(string tag) =>
        tables.TryGetValue(tag, out var t) ? file.Span.Slice(t.Offset, t.Length) : [];

    public static ushort U16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    public static short I16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadInt16BigEndian(data[at..]);

    public static uint U32(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
}
