namespace Reports.Text;

/// <summary>
/// The faces of a font family, in the order <see cref="FontFamilyFaces"/> stores them. The heading faces are a
/// brand's own headings family (its weight as given), which body text's bold never takes; a family without
/// them sets headings in its bold faces.
/// </summary>
public enum FontVariant
{
    Regular = 0,
    Bold = 1,
    Italic = 2,
    BoldItalic = 3,
    Heading = 4,
    HeadingItalic = 5,
}
