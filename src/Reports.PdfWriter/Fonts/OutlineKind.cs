namespace Reports.PdfWriter.Fonts;

/// <summary>Which outlines a face has: TrueType (<c>glyf</c>) becomes CIDFontType2, CFF becomes CIDFontType0.</summary>
public enum OutlineKind
{
    TrueType,
    Cff,
    Unsupported,
}
