namespace Reports.Layout.Text;

/// <summary>
/// What a document draws from each face: the glyphs (from shaping) and the code points (for the
/// subset's character map, which text extraction and the chart library rely on).
/// </summary>
internal sealed class GlyphUsage
{
    private readonly Dictionary<FaceKey, (HashSet<int> CodePoints, HashSet<uint> Glyphs)> faces = [];

    public IEnumerable<FaceKey> Faces => faces.Keys.OrderBy(f => f.Family).ThenBy(f => f.Variant);

    public IReadOnlyCollection<int> CodePoints(FaceKey face) => faces[face].CodePoints;

    public IReadOnlyCollection<uint> Glyphs(FaceKey face) => faces[face].Glyphs;

    public void Add(FaceKey face, string text, ReadOnlySpan<uint> glyphs)
    {
        var entry = Entry(face);
        foreach (var form in NormalForms(text))
            foreach (var rune in form.EnumerateRunes())
                entry.CodePoints.Add(rune.Value);
        foreach (var glyph in glyphs)
            entry.Glyphs.Add(glyph);
    }

    /// <summary>
    /// The text as written and in its composed and decomposed forms: HarfBuzz composes "e" + U+0301 into
    /// "é" (and decomposes where a font lacks the composed glyph) while shaping, so the subset must keep
    /// the glyphs of both forms or a shaped glyph would be missing from it.
    /// </summary>
    private static IEnumerable<string> NormalForms(string text)
    {
        yield return text;
        if (text.IsNormalized(System.Text.NormalizationForm.FormC) && text.IsNormalized(System.Text.NormalizationForm.FormD))
            yield break;
        yield return text.Normalize(System.Text.NormalizationForm.FormC);
        yield return text.Normalize(System.Text.NormalizationForm.FormD);
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
