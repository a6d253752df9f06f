namespace Reports.Text;

/// <summary>
/// What a document draws from each face: the glyphs (from shaping) and the code points (for the
/// subset's character map, which text extraction and the chart library rely on).
/// </summary>
public sealed class GlyphUsage
{
    private readonly Dictionary<FaceKey, (HashSet<int> CodePoints, HashSet<uint> Glyphs)> faces = [];

    public IEnumerable<FaceKey> Faces => faces.Keys.OrderBy(f => f.Family).ThenBy(f => f.Variant);

    public IReadOnlyCollection<int> CodePoints(FaceKey face) => faces[face].CodePoints;

    public IReadOnlyCollection<uint> Glyphs(FaceKey face) => faces[face].Glyphs;

    public void Add(FaceKey face, string text, ReadOnlySpan<uint> glyphs)
    {
        var entry = Entry(face);
        AddCodePoints(entry.CodePoints, text);
        if (!IsInBothNormalForms(text))
        {
            AddCodePoints(entry.CodePoints, text.Normalize(System.Text.NormalizationForm.FormC));
            AddCodePoints(entry.CodePoints, text.Normalize(System.Text.NormalizationForm.FormD));
        }

        foreach (var glyph in glyphs)
            entry.Glyphs.Add(glyph);
    }

    /// <summary>
    /// HarfBuzz composes "e" + U+0301 into "é" (and decomposes where a font lacks the composed glyph)
    /// while shaping, so text not already in both forms adds its composed and decomposed forms too, or a
    /// shaped glyph would be missing from the subset.
    /// </summary>
    private static bool IsInBothNormalForms(string text) =>
        text.IsNormalized(System.Text.NormalizationForm.FormC) && text.IsNormalized(System.Text.NormalizationForm.FormD);

    private static void AddCodePoints(HashSet<int> codePoints, string text)
    {
        foreach (var rune in text.EnumerateRunes())
            codePoints.Add(rune.Value);
    }

    /// <summary>Code points drawn by someone else (the chart library) through the subset's character map.</summary>
    public void AddCodePoints(FaceKey face, IEnumerable<int> codePoints) => Entry(face).CodePoints.UnionWith(codePoints);

    private (HashSet<int> CodePoints, HashSet<uint> Glyphs) Entry(FaceKey face)
    {
        if (!faces.TryGetValue(face, out var entry))
        {
            entry = ([], []);
            faces[face] = entry;
        }

        return entry;
    }
}
