namespace Reports.Text;

/// <summary>What a <see cref="TextPiece"/> is: part of a word, a run of breaking spaces, or a forced line break.</summary>
internal enum PieceKind
{
    Word,
    Space,
    LineBreak,
}
