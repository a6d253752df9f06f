namespace Reports.Layout.Text;

/// <summary>
/// Greedy, word-aware line breaking on measured widths: a word goes on the line if it fits after the
/// pending spaces, else it opens the next line. A word longer than a whole line is cut between
/// characters (no hyphen). Spaces at a line end are dropped. One pass, linear in the text.
/// </summary>
internal sealed class LineBreaker
{
    private readonly IReadOnlyList<ShapedPiece> pieces;
    private readonly double width;
    private readonly List<List<LineFragment>> lines = [];
    private readonly List<LineFragment> word = [];
    private readonly List<LineFragment> pendingSpaces = [];
    private List<LineFragment> line = [];
    private double lineWidth;
    private double spaceWidth;
    private double wordWidth;

    private LineBreaker(IReadOnlyList<ShapedPiece> pieces, double width)
    {
        this.pieces = pieces;
        this.width = width;
    }

    public static List<List<LineFragment>> Break(IReadOnlyList<ShapedPiece> pieces, double width)
    {
        var breaker = new LineBreaker(pieces, width);
        breaker.Run();
        return breaker.lines;
    }

    private void Run()
    {
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            switch (piece.Piece.Kind)
            {
                case PieceKind.LineBreak:
                    FlushWord();
                    EndLine(forced: true);
                    break;
                case PieceKind.Space:
                    FlushWord();
                    if (line.Count > 0)
                        AddSpace(piece.Whole(i));
                    break;
                default:
                    word.Add(piece.Whole(i));
                    wordWidth += piece.Width;
                    if (piece.Piece.BreakAfter)
                        FlushWord();
                    break;
            }
        }

        FlushWord();
        if (line.Count > 0)
            EndLine(forced: false);
    }

    private void AddSpace(LineFragment space)
    {
        pendingSpaces.Add(space);
        spaceWidth += space.Width;
    }

    private void FlushWord()
    {
        if (word.Count == 0)
            return;
        if (line.Count > 0 && lineWidth + spaceWidth + wordWidth > width)
            EndLine(forced: false);
        if (line.Count == 0 && wordWidth > width)
        {
            SplitWord();
        }
        else
        {
            line.AddRange(pendingSpaces);
            line.AddRange(word);
            lineWidth += spaceWidth + wordWidth;
        }

        word.Clear();
        wordWidth = 0;
        pendingSpaces.Clear();
        spaceWidth = 0;
    }

    /// <summary>Cuts an over-long word between glyph clusters, at least one cluster per line.</summary>
    private void SplitWord()
    {
        foreach (var fragment in word)
        {
            var piece = pieces[fragment.Piece];
            var start = 0;
            var taken = 0.0;
            var clusters = piece.Shape.Clusters;
            for (var g = 0; g < piece.Shape.Count;)
            {
                var end = g + 1;
                var clusterWidth = piece.GlyphWidth(g);
                while (end < piece.Shape.Count && clusters[end] == clusters[g])
                    clusterWidth += piece.GlyphWidth(end++);
                if (lineWidth + taken + clusterWidth > width && (line.Count > 0 || g > start))
                {
                    CloseFragment(fragment.Piece, start, g, taken);
                    EndLine(forced: false);
                    start = g;
                    taken = 0;
                }

                taken += clusterWidth;
                g = end;
            }

            CloseFragment(fragment.Piece, start, piece.Shape.Count, taken);
        }
    }

    private void CloseFragment(int piece, int start, int end, double fragmentWidth)
    {
        if (end <= start)
            return;
        line.Add(new LineFragment(piece, start, end, fragmentWidth));
        lineWidth += fragmentWidth;
    }

    private void EndLine(bool forced)
    {
        if (line.Count > 0 || forced)
            lines.Add(line);
        line = [];
        lineWidth = 0;
        pendingSpaces.Clear();
        spaceWidth = 0;
    }
}
