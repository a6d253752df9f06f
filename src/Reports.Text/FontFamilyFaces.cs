namespace Reports.Text;

/// <summary>
/// A family of up to six faces (<see cref="FontVariant"/>; the heading faces only for a brand's own headings
/// family). The regular face is always present (a family found with only a bold face uses it as its regular one).
/// </summary>
internal sealed class FontFamilyFaces
{
    private readonly FontFaceFile?[] faces;

    public FontFamilyFaces(string name, FontFaceFile regular, FontFaceFile? bold, FontFaceFile? italic, FontFaceFile? boldItalic,
        FontFaceFile? heading = null, FontFaceFile? headingItalic = null)
    {
        Name = name;
        faces = [regular, bold, italic, boldItalic, heading, headingItalic];
    }

    public string Name { get; }

    public FontFaceFile Regular => faces[0]!;

    /// <summary>Whether the family is one of the fonts that ship with the tool.</summary>
    public bool IsShipped { get; init; }

    /// <summary>The faces the family has.</summary>
    public IEnumerable<FontFaceFile> Files => faces.OfType<FontFaceFile>();

    public FontFaceFile? Face(FontVariant variant) => faces[(int)variant];

    /// <summary>The first face along the variant's fallback chain that has a glyph for the code point.</summary>
    public FontVariant? VariantCovering(int codePoint, FontVariant wanted)
    {
        foreach (var variant in wanted.FallbackChain())
        {
            if (faces[(int)variant]?.Covers(codePoint) == true)
                return variant;
        }

        return null;
    }

    public override string ToString() => Name;
}
