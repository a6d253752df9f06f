using static Reports.PdfWriter.Fonts.OpenTypeFace;

namespace Reports.PdfWriter.Fonts;

/// <summary>
/// What the PDF font dictionaries need from a face: metrics in font units, the advance of every glyph
/// (hmtx), the embedding permission (OS/2 fsType) and the PostScript name.
/// </summary>
public sealed record FaceInfo(
    OutlineKind Outlines,
    int UnitsPerEm,
    int GlyphCount,
    ushort[] Advances,
    (short XMin, short YMin, short XMax, short YMax) Box,
    short Ascent,
    short Descent,
    short CapHeight,
    double ItalicAngle,
    bool FixedPitch,
    int Weight,
    ushort EmbeddingFlags,
    string PostScriptName)
{
    /// <summary>
    /// Embedding is forbidden when the permission sub-field is exactly 2 (restricted licence; the OpenType
    /// specification makes the values exclusive and lets the least restrictive win) or bit 9 allows bitmaps only.
    /// </summary>
    public bool EmbeddingRestricted => (EmbeddingFlags & 0xF) == 2 || (EmbeddingFlags & 0x200) != 0;

    public static FaceInfo Read(OpenTypeFace face)
    {
        var head = face.Table("head");
        var hhea = face.Table("hhea");
        var os2 = face.Table("OS/2");
        var post = face.Table("post");
        if (head.Length < 54 || hhea.Length < 36 || face.Table("maxp").Length < 6)
            throw new InvalidDataException("the face lacks its head, hhea or maxp table");
        var glyphs = U16(face.Table("maxp"), 4);
        var ascent = I16(hhea, 4);
        return new FaceInfo(
            face.Has("glyf") ? OutlineKind.TrueType : face.Has("CFF ") ? OutlineKind.Cff : OutlineKind.Unsupported,
            U16(head, 18),
            glyphs,
            ReadAdvances(face.Table("hmtx"), U16(hhea, 34), glyphs),
            (I16(head, 36), I16(head, 38), I16(head, 40), I16(head, 42)),
            ascent,
            I16(hhea, 6),
            os2.Length >= 90 && U16(os2, 0) >= 2 ? I16(os2, 88) : ascent,
            post.Length >= 16 ? (int)U32(post, 4) / 65536.0 : 0,
            post.Length >= 16 && U32(post, 12) != 0,
            os2.Length >= 6 ? U16(os2, 4) : 400,
            os2.Length >= 10 ? U16(os2, 8) : (ushort)0,
            FontNames.PostScriptName(face.Table("name")));
    }

    /// <summary>Advances per glyph; glyphs past the last long metric repeat its advance.</summary>
    public static ushort[] ReadAdvances(ReadOnlySpan<byte> hmtx, int longMetrics, int glyphs)
    {
        var advances = new ushort[glyphs];
        ushort last = 0;
        for (var g = 0; g < glyphs; g++)
        {
            if (g < longMetrics && (4 * g) + 2 <= hmtx.Length)
                last = U16(hmtx, 4 * g);
            advances[g] = last;
        }

        return advances;
    }
}
