namespace Reports.Text;

/// <summary>
/// Finds the lines whose break swallowed a space. Line breaking drops the spaces where a line ends, so the
/// words either side of the break would be read (and copied) run together ("Summit,Moscow"); such a line is
/// marked (<see cref="TextLine.SpaceAfter"/>) and the PDF renderer gives its last run a space glyph after its
/// ink, where nothing shows and no width counts it.
/// </summary>
internal static class LineEndSpace
{
    /// <summary>Whether the text between two lines, the last piece of one and the first of the next, held a space or a forced break.</summary>
    public static bool Swallowed(IReadOnlyList<ShapedPiece> pieces, int lastPiece, int nextPiece)
    {
        if (pieces[lastPiece].Piece.Kind == PieceKind.LineBreak)
            return true;
        for (var p = lastPiece + 1; p < nextPiece; p++)
        {
            if (pieces[p].Piece.Kind is PieceKind.Space or PieceKind.LineBreak)
                return true;
        }

        return false;
    }
}
