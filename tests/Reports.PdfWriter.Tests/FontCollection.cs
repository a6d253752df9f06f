using System.Buffers.Binary;

namespace Reports.PdfWriter.Tests;

/// <summary>Packs font files into a TrueType/OpenType collection (.ttc), as CJK fonts ship, for the tests.</summary>
internal static class FontCollection
{
    /// <summary>Writes a collection of the given files (in order) to a temporary file and returns its path.</summary>
    public static string Pack(params string[] files)
    {
        var fonts = files.Select(File.ReadAllBytes).ToArray();
        var headers = fonts.Select(f => 12 + (16 * BinaryPrimitives.ReadUInt16BigEndian(f.AsSpan(4)))).ToArray();
        var output = new List<byte>();
        output.AddRange("ttcf"u8.ToArray());
        Append(output, 0x00010000);
        Append(output, (uint)fonts.Length);
        var offset = 12 + (4 * fonts.Length);
        foreach (var header in headers)
        {
            Append(output, (uint)offset);
            offset += header;
        }

        var tables = new List<byte>();
        for (var i = 0; i < fonts.Length; i++)
        {
            var font = fonts[i];
            var directory = font[..headers[i]];
            for (var t = 0; t < (headers[i] - 12) / 16; t++)
            {
                var record = 12 + (16 * t);
                var (start, length) = ((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12)));
                BinaryPrimitives.WriteUInt32BigEndian(directory.AsSpan(record + 8), (uint)(offset + tables.Count));
                tables.AddRange(font.AsSpan(start, length).ToArray());
                while (tables.Count % 4 != 0)
                    tables.Add(0);
            }

            output.AddRange(directory);
        }

        output.AddRange(tables);
        var path = Path.Combine(Path.GetTempPath(), $"collection-{Guid.NewGuid():N}.ttc");
        File.WriteAllBytes(path, [.. output]);
        return path;
    }

    private static void Append(List<byte> output, uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        output.AddRange(bytes);
    }
}
