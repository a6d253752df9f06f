using System.Security.Cryptography;

namespace Reports.Layout.Text;

/// <summary>
/// A subset face ready to embed: the font file bytes, a name derived from their content (the same
/// subset always gets the same name, which the chart library's typeface cache relies on), and the
/// map from glyph ids of the full face to glyph ids of the subset.
/// </summary>
internal sealed class EmbeddedFont
{
    private readonly IReadOnlyDictionary<uint, ushort> glyphMap;

    public EmbeddedFont(FaceKey key, byte[] data, IReadOnlyDictionary<uint, ushort> glyphMap)
    {
        Key = key;
        Data = data;
        this.glyphMap = glyphMap;
        Name = "ReportsSubset-" + Convert.ToHexString(SHA256.HashData(data))[..16];
    }

    public FaceKey Key { get; }

    public byte[] Data { get; }

    public string Name { get; }

    /// <summary>The subset glyph id for a glyph id of the full face.</summary>
    public ushort Map(uint glyph) => glyphMap.TryGetValue(glyph, out var mapped)
        ? mapped
        : throw new InvalidOperationException($"Glyph {glyph} of face {Key} was not recorded for subsetting.");
}
