using System.Runtime.CompilerServices;
namespace Reports.Text;

/// <summary>
/// Turns line fragments into runs: consecutive fragments of the same span, face and bidi level merge into one
/// run (spaces included, so extracted text keeps its spaces), glyphs positioned from HarfBuzz advances. The
/// line is broken on logical text; its runs keep that order and are placed in visual order (<see cref="BidiReorder"/>),
/// and a right-to-left run lays its glyphs out from its end. One assembler serves one engine: its working arrays are
/// reused from text to text (<see cref="Begin"/>), so only the lines and runs it returns are new.
/// </summary>
internal sealed class LineAssembler(LineMetrics metrics, System.Text.StringBuilder text)
{
    private readonly List<TextRun> runs = [];
    private readonly List<byte> levels = [];
    private IReadOnlyList<StyledSpan> spans = [];
    private IReadOnlyList<ShapedPiece> pieces = [];

    // Per fragment of the run being built: where its characters start in the run's text, the cluster they
    // start at, and how many there are. Reused from run to run (grown when a run has more fragments).
    private int[] textStarts = new int[16];
    private int[] froms = new int[16];
    private int[] lengths = new int[16];

    // Per glyph of the run being built: x offsets and clusters, kept only when they are not the shared zeros
    // or 0, 1, 2… most runs have (see SharedArrays). Reused from run to run.
    private int[] offsetsXBuffer = new int[64];
    private int[] clustersBuffer = new int[64];

    /// <summary>The text the next lines are assembled from: its spans and their shaped pieces.</summary>
    public LineAssembler Begin(IReadOnlyList<StyledSpan> spans, IReadOnlyList<ShapedPiece> pieces)
    {
        (this.spans, this.pieces) = (spans, pieces);
        return this;
    }

    /// <summary>The line made of <paramref name="fragments"/>[<paramref name="first"/>, <paramref name="last"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: see README, "Speed"
    public TextLine Assemble(List<LineFragment> fragments, int first, int last, double lineHeightFactor, double emptyLineSize)
    {
        runs.Clear();
        levels.Clear();
        var x = 0.0;
        var start = first;
        while (start < last)
        {
            var end = start + 1;
            while (end < last && SameRun(fragments[start], fragments[end]))
                end++;
            var run = BuildRun(fragments, start, end, x);
            runs.Add(run);
            levels.Add(pieces[fragments[start].Piece].Piece.Level);
            x += run.Width;
            start = end;
        }

        var placed = levels.Exists(level => level > 0) ? Reordered(runs, levels) : [.. runs];
        var size = placed.Length == 0 ? emptyLineSize : placed[0].Style.Size;
        for (var r = 1; r < placed.Length; r++)
            size = Math.Max(size, placed[r].Style.Size);
        var height = size * lineHeightFactor;
        return new TextLine(placed, x, height, metrics.Baseline(size, height));
    }

    private bool SameRun(LineFragment a, LineFragment b) =>
        pieces[a.Piece].Piece.Span == pieces[b.Piece].Piece.Span && pieces[a.Piece].Piece.Face == pieces[b.Piece].Piece.Face
        && pieces[a.Piece].Piece.Level == pieces[b.Piece].Piece.Level;

    /// <summary>
    /// The runs kept in logical order, each moved to its place from the left in visual order (rule L2,
    /// <see cref="BidiReorder"/>): the page shows them in visual order, while the content stream, which a
    /// reader follows, meets them in the order they are read ("~USD 200 bn" in a right-to-left line, not "USD 200 bn~").
    /// </summary>
    private static TextRun[] Reordered(List<TextRun> runs, List<byte> levels)
    {
        var order = BidiReorder.VisualOrder(levels);
        TextRun[] placed = [.. runs];
        var x = 0.0;
        foreach (var index in order)
        {
            placed[index] = runs[index] with { X = x };
            x += runs[index].Width;
        }

        return placed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: see README, "Speed"
    private TextRun BuildRun(List<LineFragment> fragments, int start, int end, double x)
    {
        var count = 0;
        for (var f = start; f < end; f++)
            count += fragments[f].GlyphEnd - fragments[f].GlyphStart;

        var raised = HasVerticalOffsets(fragments, start, end);
        var glyphs = new uint[count];
        var (advances, offsetsY) = (new int[count], raised ? new int[count] : SharedArrays.IntZeros(count));
        if (offsetsXBuffer.Length < count)
            (offsetsXBuffer, clustersBuffer) = (new int[count * 2], new int[count * 2]);
        var (offsetsX, clusters) = (offsetsXBuffer, clustersBuffer);
        var (zeroX, countingUp) = (true, true);
        text.Clear();
        // The run's text in logical order, and where each fragment's characters start in it: a right-to-left run
        // visits its fragments in visual order below, and each glyph's cluster points into the logical text.
        var fragmentCount = end - start;
        if (textStarts.Length < fragmentCount)
            (textStarts, froms, lengths) = (new int[fragmentCount * 2], new int[fragmentCount * 2], new int[fragmentCount * 2]);
        for (var f = start; f < end; f++)
        {
            var characters = Characters(pieces[fragments[f].Piece], fragments[f], out froms[f - start]);
            (textStarts[f - start], lengths[f - start]) = (text.Length, characters.Length);
            text.Append(characters);
        }

        var rightToLeft = pieces[fragments[start].Piece].Piece.RightToLeft;
        var cursor = 0.0;
        var (inkStart, inkEnd) = (double.NaN, 0.0);
        var n = 0;
        for (var k = start; k < end; k++)
        {
            var fragment = fragments[rightToLeft ? end - 1 - (k - start) : k];
            var piece = pieces[fragment.Piece];
            var shape = piece.Shape;
            var isInk = piece.Piece.Kind != PieceKind.Space;
            if (isInk && double.IsNaN(inkStart))
                inkStart = cursor;
            var scale = shape.Scale(piece.Size);
            var f0 = (rightToLeft ? end - 1 - (k - start) : k) - start;
            var (textStart, from, length) = (textStarts[f0], froms[f0], lengths[f0]);
            for (var i = fragment.GlyphStart; i < fragment.GlyphEnd; i++, n++)
            {
                var g = rightToLeft ? fragment.GlyphEnd - 1 - (i - fragment.GlyphStart) : i;
                glyphs[n] = shape.Glyphs[g];
                if (raised)
                    offsetsY[n] = shape.OffsetsY[g];

                advances[n] = shape.Advances[g];
                offsetsX[n] = shape.OffsetsX[g];
                clusters[n] = textStart + Math.Clamp(shape.Clusters[g] - from, 0, Math.Max(0, length - 1));
                zeroX &= offsetsX[n] == 0;
                countingUp &= clusters[n] == n;
                cursor += shape.Advances[g] * scale;
            }

            if (isInk)
                inkEnd = cursor;
        }

        var first = pieces[fragments[start].Piece];
        var span = spans[first.Piece.Span];
        return new TextRun(x, cursor, first.Piece.Face, span.Style, span.Link, glyphs, text.ToString(),
            double.IsNaN(inkStart) ? 0 : inkStart, inkEnd, rightToLeft)
        {
            Advances = advances,
            OffsetsX = zeroX ? SharedArrays.IntZeros(count) : offsetsX.AsSpan(0, count).ToArray(),
            OffsetsY = offsetsY,
            Clusters = countingUp ? SharedArrays.CountingUp(count) : clusters.AsSpan(0, count).ToArray(),
            UnitsPerEm = first.Shape.UnitsPerEm,
            Lang = span.Language,
        };
    }

    /// <summary>Whether any glyph of the fragments sits above or below the baseline (most runs have none).</summary>
    private bool HasVerticalOffsets(List<LineFragment> fragments, int start, int end)
    {
        for (var f = start; f < end; f++)
        {
            var offsets = pieces[fragments[f].Piece].Shape.OffsetsY;
            for (var g = fragments[f].GlyphStart; g < fragments[f].GlyphEnd; g++)
            {
                if (offsets[g] != 0)
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The characters a fragment draws (clusters map glyphs back to UTF-16 offsets); <paramref name="from"/> is
    /// the piece's cluster value the first of them has.
    /// </summary>
    private ReadOnlySpan<char> Characters(ShapedPiece piece, LineFragment fragment, out int from)
    {
        var source = piece.Piece;
        var clusters = piece.Shape.Clusters;
        from = 0;
        if (piece.Piece.Kind == PieceKind.Space)
            return " ";
        from = fragment.GlyphStart < clusters.Length ? clusters[fragment.GlyphStart] : source.Length;
        var to = fragment.GlyphEnd < clusters.Length ? clusters[fragment.GlyphEnd] : source.Length;
        return spans[source.Span].Text.AsSpan(source.Start + from, to - from);
    }
}
