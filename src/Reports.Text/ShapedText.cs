namespace Reports.Text;

/// <summary>
/// HarfBuzz output for one piece of text in one face, in font units (multiply by size / units-per-em
/// for points). <see cref="Clusters"/> holds, per glyph, the UTF-16 index of its first character.
/// Size-independent, so one shaping serves every size.
/// </summary>
public sealed record ShapedText(uint[] Glyphs, int[] Advances, int[] OffsetsX, int[] OffsetsY, int[] Clusters, int UnitsPerEm)
{
    public int Count => Glyphs.Length;

    /// <summary>Total advance in font units.</summary>
    public int Advance { get; } = Advances.Sum();

    /// <summary>Points per font unit at the given size.</summary>
    public double Scale(double size) => size / UnitsPerEm;
}
