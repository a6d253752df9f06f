using System.Text;
using Reports.PdfWriter.Writing;

namespace Reports.PdfWriter.Fonts;

/// <summary>The ToUnicode CMap of a font: every CID drawn, with the text it stands for as UTF-16BE, 100 entries per block.</summary>
internal static class ToUnicodeCMap
{
    public static byte[] Build(IReadOnlyDictionary<uint, string> texts)
    {
        var map = new PdfBuffer();
        map.Raw("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Raw("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Raw("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = texts.Where(t => t.Value.Length > 0).OrderBy(t => t.Key).ToList();
        foreach (var block in entries.Chunk(100))
        {
            map.Int(block.Length).Raw(" beginbfchar\n");
            foreach (var (cid, text) in block)
                map.Byte((byte)'<').Hex16(cid).Raw("> ").HexString(Encoding.BigEndianUnicode.GetBytes(text)).Line();
            map.Raw("endbfchar\n");
        }

        map.Raw("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return map.Span.ToArray();
    }
}
