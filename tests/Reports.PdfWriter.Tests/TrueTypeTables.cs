using System.Buffers.Binary;
using System.Text;

namespace Reports.PdfWriter.Tests;

/// <summary>A test's own reading of an embedded TrueType program: its tables, units per em and advances.</summary>
internal sealed class TrueTypeTables(byte[] font)
{
    public IReadOnlyList<string> Tags =>
        [.. Enumerable.Range(0, U16(4)).Select(i => Encoding.ASCII.GetString(font, 12 + (16 * i), 4))];

    public int UnitsPerEm => U16(Table("head") + 18);

    public int GlyphCount => U16(Table("maxp") + 4);

    public int Advance(int glyph)
    {
        var longMetrics = U16(Table("hhea") + 34);
        return U16(Table("hmtx") + (4 * Math.Min(glyph, longMetrics - 1)));
    }

    private int Table(string tag)
    {
        for (var i = 0; i < U16(4); i++)
        {
            if (Encoding.ASCII.GetString(font, 12 + (16 * i), 4) == tag)
                return (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + (16 * i) + 8));
        }

        throw new InvalidOperationException($"The font has no '{tag}' table.");
    }

    private int U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at));
}
