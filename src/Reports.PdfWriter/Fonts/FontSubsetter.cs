using System.Runtime.InteropServices;
using static Reports.PdfWriter.Fonts.HarfBuzzSubsetApi;

namespace Reports.PdfWriter.Fonts;

/// <summary>
/// Cuts a face down to the glyphs the document drew, with HarfBuzz. Glyph ids are given, not code
/// points: the PDF maps text itself (ToUnicode from the shaping clusters), so the subset needs no cmap and
/// no layout tables, and gets no glyph shaping did not choose. The plan's old → new map lets the writer keep
/// the full face's glyph ids as CIDs (CIDToGIDMap or the CFF charset translates them).
/// </summary>
public static class FontSubsetter
{
    /// <summary>Tables a PDF renderer never reads; dropping GSUB also stops HarfBuzz closing over substitutions.</summary>
    private static readonly string[] Dropped = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "DSIG", "vhea", "vmtx", "VORG"];

    public static unsafe FontSubset Subset(ReadOnlyMemory<byte> file, int index, IReadOnlyCollection<uint> glyphs)
    {
        var pin = file.Pin();
        var blob = BlobCreate((IntPtr)pin.Pointer, (uint)file.Length, ReadOnlyMemory, IntPtr.Zero, IntPtr.Zero);
        var face = FaceCreate(blob, (uint)index);
        var input = InputCreate();
        var plan = IntPtr.Zero;
        try
        {
            Fill(input, glyphs);
            plan = PlanCreate(face, input);
            if (plan == IntPtr.Zero)
                throw new InvalidOperationException("HarfBuzz could not plan the subset.");
            var map = NewGlyphs(PlanOldToNewGlyphs(plan), glyphs);
            return new FontSubset(Execute(plan), map);
        }
        finally
        {
            if (plan != IntPtr.Zero)
                PlanDestroy(plan);
            InputDestroy(input);
            FaceDestroy(face);
            BlobDestroy(blob);
            pin.Dispose();
        }
    }

    private static void Fill(IntPtr input, IReadOnlyCollection<uint> glyphs)
    {
        var set = InputSet(input, GlyphIndexSet);
        foreach (var glyph in glyphs)
            SetAdd(set, glyph);
        var drop = InputSet(input, DropTableSet);
        foreach (var table in Dropped)
            SetAdd(drop, Tag(table));
        InputSetFlags(input, NoHinting | NoLayoutClosure);
    }

    private static Dictionary<uint, uint> NewGlyphs(IntPtr map, IReadOnlyCollection<uint> glyphs)
    {
        var result = new Dictionary<uint, uint> { [0] = 0 };
        foreach (var glyph in glyphs)
        {
            var mapped = MapGet(map, glyph);
            result[glyph] = mapped != InvalidGlyph
                ? mapped
                : throw new InvalidOperationException($"Glyph {glyph} was drawn but HarfBuzz left it out of the subset.");
        }

        return result;
    }

    private static byte[] Execute(IntPtr plan)
    {
        var subset = PlanExecute(plan);
        if (subset == IntPtr.Zero)
            throw new InvalidOperationException("HarfBuzz could not write the subset.");
        var blob = FaceReferenceBlob(subset);
        try
        {
            var data = BlobGetData(blob, out var length);
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            BlobDestroy(blob);
            FaceDestroy(subset);
        }
    }
}
