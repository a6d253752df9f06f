namespace Reports.Text;

/// <summary>Identifies one face of the font stack: the family's position in the stack and the variant.</summary>
public readonly record struct FaceKey(int Family, FontVariant Variant);
