namespace Reports.Text;

/// <summary>
/// A font family given as files (a brand's fonts): the regular face and, where the family has them, its bold,
/// italic and bold italic faces (full paths; the first face of a collection). Tried before every other font.
/// </summary>
public sealed record FontFamilyFiles(string Name, string Regular, string? Bold = null, string? Italic = null, string? BoldItalic = null)
{
    /// <summary>The face headings are set in when it is not the bold one (a brand's own headings family); null: the bold face.</summary>
    public string? Heading { get; init; }

    /// <summary>The italic of <see cref="Heading"/>; null: the heading face, else the bold italic one.</summary>
    public string? HeadingItalic { get; init; }
}
