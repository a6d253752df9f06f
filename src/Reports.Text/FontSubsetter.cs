using System.Runtime.InteropServices;
using static Reports.Text.HarfBuzzSubsetApi;

namespace Reports.Text;

/// <summary>
/// SkiaSharp's PDF backend embeds whole fonts (DejaVu Sans alone is ~760 KB), so every face is cut
/// down first to the code points the document uses, with HarfBuzz's subsetter. Only code points are
/// given: HarfBuzz keeps every glyph shaping can reach from them, and handing it glyph ids as well
/// would add every code point of those glyphs to the character map (人 U+4EBA also as ⼈ U+2F08),
/// which makes text extraction read the wrong character.
/// </summary>
public static class FontSubsetter
{
    public static IReadOnlyDictionary<FaceKey, EmbeddedFont> SubsetAll(FontStack stack, GlyphUsage usage) =>
        usage.Faces.ToDictionary(face => face, face => Subset(face, stack.Face(face), usage.CodePoints(face), usage.Glyphs(face)));

    public static EmbeddedFont Subset(FaceKey key, FontFaceFile face, IEnumerable<int> codePoints, IEnumerable<uint> glyphs)
    {
        var input = InputCreate();
        var plan = IntPtr.Zero;
        try
        {
            Fill(input, codePoints);
            plan = PlanCreate(face.Face.Handle, input);
            if (plan == IntPtr.Zero)
                throw new InvalidOperationException($"HarfBuzz could not subset {face}.");
            var map = MapGlyphs(PlanOldToNewGlyphs(plan), glyphs);
            return new EmbeddedFont(key, Execute(plan, face), map) { Source = face };
        }
        finally
        {
            if (plan != IntPtr.Zero)
                PlanDestroy(plan);
            InputDestroy(input);
        }
    }

    private static void Fill(IntPtr input, IEnumerable<int> codePoints)
    {
        var unicodes = InputUnicodeSet(input);
        foreach (var cp in codePoints)
            SetAdd(unicodes, (uint)cp);
        InputSetFlags(input, NoHinting);
    }

    private static Dictionary<uint, ushort> MapGlyphs(IntPtr map, IEnumerable<uint> glyphs)
    {
        var result = new Dictionary<uint, ushort>();
        foreach (var glyph in glyphs)
        {
            var mapped = MapGet(map, glyph);
            result[glyph] = mapped <= ushort.MaxValue
                ? (ushort)mapped
                : throw new InvalidOperationException($"Glyph {glyph} was shaped but is not in the subset; the subset's code points miss a form of the text.");
        }

        return result;
    }

    private static byte[] Execute(IntPtr plan, FontFaceFile face)
    {
        var subset = PlanExecute(plan);
        if (subset == IntPtr.Zero)
            throw new InvalidOperationException($"HarfBuzz could not subset {face}.");
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
