namespace Reports.Text;

/// <summary>
/// What shaping depends on besides the text: the face, the direction (right to left mirrors brackets and
/// joins Arabic the right way), and the language (HarfBuzz's <c>locl</c>: a region's CJK forms, Persian digits).
/// </summary>
public readonly record struct ShapingKey(FaceKey Face, bool RightToLeft = false, string? Language = null);
