namespace Reports.Layout.Text;

/// <summary>Identifies one face of the font stack: the family's position in the stack and the variant.</summary>
internal readonly record struct FaceKey(int Family, FontVariant Variant);
