using System.Security.Cryptography;
using System.Text;
using Reports.PdfWriter.Writing;

namespace Reports.PdfWriter.Fonts;

/// <summary>
/// Writes each face as a Type0 font with Identity-H encoding over a CIDFont whose CIDs are the full face's
/// glyph ids: CIDFontType2 + FontFile2 + CIDToGIDMap for TrueType outlines, CIDFontType0 + FontFile3
/// (CIDFontType0C, charset CID → glyph) for CFF outlines. The program is HarfBuzz's subset; <c>/W</c> is read
/// from the subset's own hmtx; the ToUnicode CMap comes from the shaping clusters. (Hand-written: SkiaSharp
/// writes CFF faces as Type 3 fonts with wrong ToUnicode values, and no served library writes CID fonts from
/// shaped glyphs.)
/// </summary>
internal sealed class FontWriter(PdfOutput output)
{
    private readonly PdfBuffer body = new();

    public void Write(EmbeddedFont font)
    {
        var glyphs = font.Texts.Keys.Order().ToArray();
        var subset = FontSubsetter.Subset(font.File.File, font.Face.Index, glyphs);
        var program = OpenTypeFace.Read(subset.Program, 0);
        var widths = Widths(font, program, subset, glyphs);
        var name = SubsetTag(font, glyphs) + "+" + font.Info.PostScriptName;
        var cff = font.Info.Outlines == OutlineKind.Cff;

        var (cidFont, descriptor, file, toUnicode) = (output.Reserve(), output.Reserve(), output.Reserve(), output.Reserve());
        var cidToGid = cff ? 0 : output.Reserve();
        body.Cleared().Raw("<</Type /Font /Subtype /Type0 /BaseFont ").Name(cff ? name + "-Identity-H" : name)
            .Raw(" /Encoding /Identity-H /DescendantFonts [").Ref(cidFont).Raw("] /ToUnicode ").Ref(toUnicode).Raw(">>");
        output.WriteObject(font.ObjectNumber, body);
        WriteCidFont(cidFont, name, cff, descriptor, cidToGid, glyphs, widths);
        WriteDescriptor(descriptor, name, font.Info, cff, file);
        if (cff)
        {
            var cids = NewToOld(subset, program);
            output.WriteStream(file, body.Cleared().Raw("/Subtype /CIDFontType0C"), CffCidConverter.Convert(program.Table("CFF "), cids));
        }
        else
        {
            output.WriteStream(file, body.Cleared().Raw("/Length1 ").Int(subset.Program.Length), subset.Program);
            output.WriteStream(cidToGid, body.Cleared(), CidToGidMap(subset, glyphs));
        }

        output.WriteStream(toUnicode, body.Cleared(), ToUnicodeCMap.Build(font.Texts));
    }

    /// <summary>Widths from the subset's hmtx, checked against the full face's (which placed the glyphs).</summary>
    private static double[] Widths(EmbeddedFont font, OpenTypeFace program, FontSubset subset, uint[] glyphs)
    {
        var info = FaceInfo.Read(program);
        var widths = new double[glyphs.Length];
        for (var i = 0; i < glyphs.Length; i++)
        {
            var advance = info.Advances[subset.NewGlyphs[glyphs[i]]];
            widths[i] = EmbeddedFont.Round(advance * 1000.0 / info.UnitsPerEm);
            if (widths[i] != font.Width(glyphs[i]))
                throw new InvalidOperationException($"The subset of {font.Face} gives glyph {glyphs[i]} the width {widths[i]}, the full face {font.Width(glyphs[i])}.");
        }

        return widths;
    }

    private void WriteCidFont(int number, string name, bool cff, int descriptor, int cidToGid, uint[] glyphs, double[] widths)
    {
        body.Cleared().Raw("<</Type /Font /Subtype /").Raw(cff ? "CIDFontType0" : "CIDFontType2").Raw(" /BaseFont ").Name(name)
            .Raw(" /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor ").Ref(descriptor)
            .Raw(" /DW 0 /W [");
        for (var i = 0; i < glyphs.Length; i++)
        {
            if (i == 0 || glyphs[i] != glyphs[i - 1] + 1)
                body.Raw(i == 0 ? "" : "] ").Int(glyphs[i]).Raw(" [");
            else
                body.Space();
            body.Number(widths[i]);
        }

        body.Raw(glyphs.Length > 0 ? "]]" : "]");
        if (!cff)
            body.Raw(" /CIDToGIDMap ").Ref(cidToGid);
        output.WriteObject(number, body.Raw(">>"));
    }

    private void WriteDescriptor(int number, string name, FaceInfo info, bool cff, int file)
    {
        double Scale(double v) => EmbeddedFont.Round(v * 1000.0 / info.UnitsPerEm);
        var flags = 4 | (info.FixedPitch ? 1 : 0) | (info.ItalicAngle != 0 ? 64 : 0);
        body.Cleared().Raw("<</Type /FontDescriptor /FontName ").Name(name).Raw(" /Flags ").Int(flags)
            .Raw(" /FontBBox [").Number(Scale(info.Box.XMin)).Space().Number(Scale(info.Box.YMin)).Space()
            .Number(Scale(info.Box.XMax)).Space().Number(Scale(info.Box.YMax)).Raw("] /ItalicAngle ").Number(info.ItalicAngle)
            .Raw(" /Ascent ").Number(Scale(info.Ascent)).Raw(" /Descent ").Number(Scale(info.Descent))
            .Raw(" /CapHeight ").Number(Scale(info.CapHeight)).Raw(" /StemV ").Number(StemV(info.Weight))
            .Raw(cff ? " /FontFile3 " : " /FontFile2 ").Ref(file);
        output.WriteObject(number, body.Raw(">>"));
    }

    /// <summary>A stem width guessed from the weight class (400 → 95), as the font program does not state one.</summary>
    private static double StemV(int weight) => Math.Round(10 + (0.244 * (weight - 50)));

    /// <summary>For each glyph of the subset, the full face's glyph id (its CID).</summary>
    private static uint[] NewToOld(FontSubset subset, OpenTypeFace program)
    {
        var count = OpenTypeFace.U16(program.Table("maxp"), 4);
        var cids = new uint[count];
        foreach (var (old, @new) in subset.NewGlyphs)
            cids[@new] = old;
        return cids;
    }

    /// <summary>Two bytes per CID up to the highest drawn: the subset's glyph for it (0 for CIDs never drawn).</summary>
    private static byte[] CidToGidMap(FontSubset subset, uint[] glyphs)
    {
        var map = new byte[2 * ((glyphs.Length == 0 ? 0 : glyphs[^1]) + 1)];
        foreach (var cid in glyphs)
        {
            var gid = subset.NewGlyphs[cid];
            map[2 * cid] = (byte)(gid >> 8);
            map[(2 * cid) + 1] = (byte)gid;
        }

        return map;
    }

    /// <summary>Six capitals from a hash of the face's name and the glyphs kept (a subset's name must differ from the full font's).</summary>
    private static string SubsetTag(EmbeddedFont font, uint[] glyphs)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(font.Info.PostScriptName + ":" + string.Join(',', glyphs)));
        return new string([.. hash.Take(6).Select(b => (char)('A' + (b % 26)))]);
    }
}
