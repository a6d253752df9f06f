using System.Security.Cryptography;

namespace Reports.Text;

/// <summary>
/// A subset face ready to embed: the font file bytes, a name derived from their content (the same
/// subset always gets the same name, which the chart library's typeface cache relies on), and the
/// map from glyph ids of the full face to glyph ids of the subset.
/// </summary>
public sealed class EmbeddedFont
{
    /// <summary>Subset glyph id by full glyph id; -1 for a glyph that was not recorded.</summary>
    private readonly int[] glyphMap;

    public EmbeddedFont(FaceKey key, byte[] data, IReadOnlyDictionary<uint, ushort> glyphMap)
    {
        Key = key;
        Data = data;
        this.glyphMap = new int[glyphMap.Count == 0 ? 0 : (int)glyphMap.Keys.Max() + 1];
        Array.Fill(this.glyphMap, -1);
        foreach (var (glyph, mapped) in glyphMap)
            this.glyphMap[glyph] = mapped;
        Name = "ReportsSubset-" + Convert.ToHexString(SHA256.HashData(data))[..16];
    }

    public FaceKey Key { get; }

    /// <summary>The face the subset was cut from.</summary>
    public FontFaceFile? Source { get; init; }

    public byte[] Data { get; }

    public string Name { get; }

    /// <summary>The subset glyph id for a glyph id of the full face.</summary>
    public ushort Map(uint glyph) => glyph < glyphMap.Length && glyphMap[glyph] >= 0
        ? (ushort)glyphMap[glyph]
        : throw new InvalidOperationException($"Glyph {glyph} of face {Key} was not recorded for subsetting.");
}
