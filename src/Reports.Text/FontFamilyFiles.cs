namespace Reports.Text;

/// <summary>
/// A font family given as files (a brand's fonts): the regular face and, where the family has them, its bold,
/// italic and bold italic faces (full paths; the first face of a collection). Tried before every other font.
/// </summary>
public sealed record FontFamilyFiles(string Name, string Regular, string? Bold = null, string? Italic = null, string? BoldItalic = null);
