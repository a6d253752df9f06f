using System.Buffers.Binary;
using System.Text;
using Reports.PdfWriter.Fonts;

namespace Reports.PdfWriter.Tests;

/// <summary>
/// Makes a CID-keyed CFF font (as Noto Sans CJK is) from a name-keyed one, for lack of a small CJK font here:
/// the 'CFF ' table is rewritten with an FDArray, FDSelect and an identity charset (CID = glyph id).
/// </summary>
internal static class CidKeyedFont
{
    public static string Make(string otf)
    {
        var font = File.ReadAllBytes(otf);
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var records = Enumerable.Range(0, tables).Select(i => 12 + (16 * i))
            .Select(r => (Tag: Encoding.ASCII.GetString(font, r, 4), Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(r + 8)), Length: (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(r + 12)))).ToList();
        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(records.Single(t => t.Tag == "maxp").Offset + 4));
        var output = new List<byte>(font[..(12 + (16 * tables))]);
        for (var i = 0; i < records.Count; i++)
        {
            var (tag, offset, length) = records[i];
            var data = tag == "CFF "
                ? CffCidConverter.Convert(font.AsSpan(offset, length), [.. Enumerable.Range(0, glyphs).Select(g => (uint)g)])
                : font.AsSpan(offset, length).ToArray();
            var at = 12 + (16 * i);
            BinaryPrimitives.WriteUInt32BigEndian(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output)[(at + 8)..], (uint)output.Count);
            BinaryPrimitives.WriteUInt32BigEndian(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output)[(at + 12)..], (uint)data.Length);
            output.AddRange(data);
            while (output.Count % 4 != 0)
                output.Add(0);
        }

        var path = Path.Combine(Path.GetTempPath(), $"cid-keyed-{Guid.NewGuid():N}.otf");
        File.WriteAllBytes(path, [.. output]);
        return path;
    }
}
