namespace Reports.Text;

/// <summary>
/// A run of characters of one span drawn by one face. A line may break after a piece with
/// <paramref name="BreakAfter"/> (spaces, dashes, ideographs) and nowhere else, except inside a word
/// too long for a whole line, and never inside a <paramref name="Kept"/> piece (of a span kept whole).
/// <paramref name="Level"/> is the bidi embedding level of all its characters (odd: right to left).
/// </summary>
internal readonly record struct TextPiece(int Span, int Start, int Length, FaceKey Face, PieceKind Kind, bool BreakAfter, bool Kept = false, byte Level = 0)
{
    public bool RightToLeft => (Level & 1) == 1;
}
