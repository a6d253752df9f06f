using System.Runtime.CompilerServices;
namespace Reports.Text;

/// <summary>
/// Greedy, word-aware line breaking on measured widths: a word goes on the line if it fits after the
/// pending spaces, else it opens the next line. A word longer than a whole line is cut between
/// characters (no hyphen), unless it holds a kept piece (a figure, an id): that word overflows the
/// line whole, and <see cref="Overflow"/> tells the caller how wide it is, so the caller can set it
/// smaller. Spaces at a line end are dropped. One pass, linear in the text. One breaker serves a whole
/// layout run (its lists are reused), one text at a time.
/// </summary>
internal sealed class LineBreaker
{
    private readonly List<LineFragment> word = [];
    private readonly List<LineFragment> pendingSpaces = [];
    private IReadOnlyList<ShapedPiece> pieces = [];
    private List<LineFragment> fragments = [];
    private List<int> lineEnds = [];
    private double width;
    private int lineStart;
    private double lineWidth;
    private double spaceWidth;
    private double wordWidth;
    private bool wordKept;
    private bool cutKept;

    private bool LineIsEmpty => fragments.Count == lineStart;

    /// <summary>Width of the widest kept word that did not fit a whole line in the last break; 0 when all fitted.</summary>
    public double Overflow { get; private set; }

    /// <summary>
    /// Breaks the pieces into lines of at most <paramref name="maxWidth"/> points: the fragments of every
    /// line go one after the other into <paramref name="lineFragments"/>, and the index just past each
    /// line's last fragment into <paramref name="ends"/> (both are cleared first). With
    /// <paramref name="cutKeptWords"/>, kept words too wide for a line are cut like any other (the last resort).
    /// </summary>
    public void Break(IReadOnlyList<ShapedPiece> shaped, double maxWidth, List<LineFragment> lineFragments, List<int> ends, bool cutKeptWords = false)
    {
        (pieces, width, fragments, lineEnds, cutKept) = (shaped, maxWidth, lineFragments, ends, cutKeptWords);
        Overflow = 0;
        wordKept = false;
        fragments.Clear();
        lineEnds.Clear();
        word.Clear();
        pendingSpaces.Clear();
        (lineStart, lineWidth, spaceWidth, wordWidth) = (0, 0, 0, 0);
        Run();
        pieces = [];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: see README, "Speed"
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
                    if (!LineIsEmpty)
                        AddSpace(piece.Whole(i));
                    break;
                default:
                    word.Add(piece.Whole(i));
                    wordWidth += piece.Width;
                    wordKept |= piece.Piece.Kept;
                    if (piece.Piece.BreakAfter)
                        FlushWord();
                    break;
            }
        }

        FlushWord();
        if (!LineIsEmpty)
            EndLine(forced: false);
    }

    private void AddSpace(LineFragment space)
    {
        pendingSpaces.Add(space);
        spaceWidth += space.Width;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: see README, "Speed"
    private void FlushWord()
    {
        if (word.Count == 0)
            return;
        if (!LineIsEmpty && lineWidth + spaceWidth + wordWidth > width)
            EndLine(forced: false);
        if (LineIsEmpty && wordWidth > width && wordKept && !cutKept)
            Overflow = Math.Max(Overflow, wordWidth);
        if (LineIsEmpty && wordWidth > width && (!wordKept || cutKept))
        {
            SplitWord();
        }
        else
        {
            fragments.AddRange(pendingSpaces);
            fragments.AddRange(word);
            lineWidth += spaceWidth + wordWidth;
        }

        word.Clear();
        wordWidth = 0;
        wordKept = false;
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
                if (lineWidth + taken + clusterWidth > width && (!LineIsEmpty || g > start))
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
        fragments.Add(new LineFragment(piece, start, end, fragmentWidth));
        lineWidth += fragmentWidth;
    }

    private void EndLine(bool forced)
    {
        if (!LineIsEmpty || forced)
            lineEnds.Add(fragments.Count);
        lineStart = fragments.Count;
        lineWidth = 0;
        pendingSpaces.Clear();
        spaceWidth = 0;
    }
}
