namespace Reports.Text;

/// <summary>The four faces of a font family, in the order <see cref="FontFamilyFaces"/> stores them.</summary>
public enum FontVariant
{
    Regular = 0,
    Bold = 1,
    Italic = 2,
    BoldItalic = 3,
}
