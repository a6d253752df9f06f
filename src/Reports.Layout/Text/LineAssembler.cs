namespace Reports.Layout.Text;

/// <summary>
/// Turns line fragments into runs: consecutive fragments of the same span and face merge into one run
/// (spaces included, so extracted text keeps its spaces), glyphs positioned from HarfBuzz advances.
/// </summary>
internal sealed class LineAssembler(IReadOnlyList<StyledSpan> spans, IReadOnlyList<ShapedPiece> pieces, LineMetrics metrics, System.Text.StringBuilder text)
{
    public TextLine Assemble(List<LineFragment> fragments, double lineHeightFactor, double emptyLineSize)
    {
        var runs = new List<TextRun>();
        var x = 0.0;
        var start = 0;
        while (start < fragments.Count)
        {
            var end = start + 1;
            while (end < fragments.Count && SameRun(fragments[start], fragments[end]))
                end++;
            var run = BuildRun(fragments, start, end, x);
            runs.Add(run);
            x += run.Width;
            start = end;
        }

        var size = runs.Count == 0 ? emptyLineSize : runs.Max(r => r.Style.Size);
        var height = size * lineHeightFactor;
        return new TextLine(runs, x, height, metrics.Baseline(size, height));
    }

    private bool SameRun(LineFragment a, LineFragment b) =>
        pieces[a.Piece].Piece.Span == pieces[b.Piece].Piece.Span && pieces[a.Piece].Piece.Face == pieces[b.Piece].Piece.Face;

    private TextRun BuildRun(List<LineFragment> fragments, int start, int end, double x)
    {
        var count = 0;
        for (var f = start; f < end; f++)
            count += fragments[f].GlyphEnd - fragments[f].GlyphStart;

        var (glyphs, glyphX, glyphY) = (new uint[count], new float[count], new float[count]);
        text.Clear();
        var cursor = 0.0;
        var (inkStart, inkEnd) = (double.NaN, 0.0);
        var n = 0;
        for (var f = start; f < end; f++)
        {
            var fragment = fragments[f];
            var piece = pieces[fragment.Piece];
            var shape = piece.Shape;
            var isInk = piece.Piece.Kind != PieceKind.Space;
            if (isInk && double.IsNaN(inkStart))
                inkStart = cursor;
            var scale = shape.Scale(piece.Size);
            for (var g = fragment.GlyphStart; g < fragment.GlyphEnd; g++, n++)
            {
                glyphs[n] = shape.Glyphs[g];
                glyphX[n] = (float)(cursor + (shape.OffsetsX[g] * scale));
                glyphY[n] = (float)(-shape.OffsetsY[g] * scale);
                cursor += shape.Advances[g] * scale;
            }

            text.Append(Characters(piece, fragment));
            if (isInk)
                inkEnd = cursor;
        }

        var first = pieces[fragments[start].Piece];
        var span = spans[first.Piece.Span];
        return new TextRun(x, cursor, first.Piece.Face, span.Style, span.Link, glyphs, glyphX, glyphY, text.ToString(),
            double.IsNaN(inkStart) ? 0 : inkStart, inkEnd);
    }

    /// <summary>The characters a fragment draws (clusters map glyphs back to UTF-16 offsets).</summary>
    private ReadOnlySpan<char> Characters(ShapedPiece piece, LineFragment fragment)
    {
        var source = piece.Piece;
        var clusters = piece.Shape.Clusters;
        if (piece.Piece.Kind == PieceKind.Space)
            return " ";
        var from = fragment.GlyphStart < clusters.Length ? clusters[fragment.GlyphStart] : source.Length;
        var to = fragment.GlyphEnd < clusters.Length ? clusters[fragment.GlyphEnd] : source.Length;
        return spans[source.Span].Text.AsSpan(source.Start + from, to - from);
    }
}
