using HarfBuzzSharp;
using Reports.Shared;

namespace Reports.Text;

/// <summary>
/// One face in a font file (a .ttc holds several). HarfBuzz objects are created on first use and
/// kept for the life of the process: font stacks are cached, and HarfBuzz fonts are safe to shape
/// with from several threads.
/// </summary>
public sealed class FontFaceFile
{
    /// <summary>Code points below this have their coverage remembered.</summary>
    private const int CoverageSize = 0x3000;

    private readonly Lazy<Loaded> loaded;

    /// <summary>Per code point below <see cref="CoverageSize"/>: 0 = not asked yet, 1 = has a glyph, -1 = not. Threads may race to fill an entry; they write the same value.</summary>
    private sbyte[]? coverage;

    public FontFaceFile(string path, int index)
    {
        Path = path;
        Index = index;
        loaded = new Lazy<Loaded>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Path { get; }

    public int Index { get; }

    public Face Face => loaded.Value.Face;

    /// <summary>A HarfBuzz font scaled to font units (scale = units per em).</summary>
    public HarfBuzzSharp.Font Font => loaded.Value.Font;

    public int UnitsPerEm => loaded.Value.UnitsPerEm;

    /// <summary>Ascender as a fraction of the em (positive, above the baseline).</summary>
    public double Ascent => loaded.Value.Ascent;

    /// <summary>Descender as a fraction of the em (positive, below the baseline).</summary>
    public double Descent => loaded.Value.Descent;

    /// <summary>Whether the face has a glyph for the code point (remembered below U+3000: every character laid out asks).</summary>
    public bool Covers(int codePoint)
    {
        if ((uint)codePoint >= CoverageSize)
            return loaded.Value.Font.TryGetNominalGlyph((uint)codePoint, out _);
        var coverage = this.coverage ??= new sbyte[CoverageSize];
        var known = coverage[codePoint];
        if (known == 0)
            coverage[codePoint] = known = loaded.Value.Font.TryGetNominalGlyph((uint)codePoint, out _) ? (sbyte)1 : (sbyte)-1;
        return known > 0;
    }

    public override string ToString() => Index == 0 ? Path : $"{Path}#{Index}";

    private Loaded Load()
    {
        // HarfBuzz's own Blob.FromFile reads the whole file (this build of it does not map files).
        var file = MappedFile.Open(Path);
        var blob = new Blob(file.Pointer, file.Length, MemoryMode.ReadOnly);
        var face = new Face(blob, Index);
        face.MakeImmutable();
        var font = new HarfBuzzSharp.Font(face);
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        font.TryGetHorizontalFontExtents(out var extents);
        double upem = face.UnitsPerEm;
        var ascent = extents.Ascender > 0 ? extents.Ascender / upem : 0.9;
        var descent = extents.Descender < 0 ? -extents.Descender / upem : 0.25;
        return new Loaded(file, face, font, face.UnitsPerEm, ascent, descent);
    }

    /// <summary>The loaded face; <paramref name="File"/> keeps the bytes the blob points into mapped.</summary>
    private sealed record Loaded(MappedFile File, Face Face, HarfBuzzSharp.Font Font, int UnitsPerEm, double Ascent, double Descent);
}
