namespace Reports.Layout.Text;

/// <summary>
/// Lays out styled text in a width: cut into pieces, shape each piece (cached), break into lines,
/// assemble runs. The one entry point all blocks use for text.
/// </summary>
internal sealed class TextEngine(TextShaper shaper)
{
    private static readonly ShapedText Empty = new([], [], [], [], [], 1000);

    private readonly Tokenizer tokenizer = new(shaper.Stack);

    public LineMetrics Metrics { get; } = LineMetrics.Of(shaper.Stack.PrimaryFace);

    public TextShaper Shaper => shaper;

    /// <summary>Lines of the spans in <paramref name="width"/> points; line height = largest size × factor.</summary>
    public TextBlock Layout(IReadOnlyList<StyledSpan> spans, double width, double lineHeightFactor)
    {
        var shaped = Shape(spans);
        var assembler = new LineAssembler(spans, shaped, Metrics);
        var emptySize = spans.Count > 0 ? spans[0].Style.Size : 0;
        var lines = LineBreaker.Break(shaped, Math.Max(width, 1))
            .Select(fragments => assembler.Assemble(fragments, lineHeightFactor, emptySize));
        return new TextBlock([.. lines]);
    }

    /// <summary>One line whatever its width (page numbers, labels).</summary>
    public TextLine SingleLine(StyledSpan span, double lineHeightFactor)
    {
        var block = Layout([span with { Text = span.Text.Replace('\n', ' ') }], double.MaxValue, lineHeightFactor);
        return block.Lines.Count > 0
            ? block.Lines[0]
            : new TextLine([], 0, span.Style.Size * lineHeightFactor, Metrics.Baseline(span.Style.Size, span.Style.Size * lineHeightFactor));
    }

    private List<ShapedPiece> Shape(IReadOnlyList<StyledSpan> spans)
    {
        var pieces = tokenizer.Cut(spans);
        var shaped = new List<ShapedPiece>(pieces.Count);
        foreach (var piece in pieces)
        {
            var style = spans[piece.Span].Style;
            var text = piece.Kind switch
            {
                PieceKind.Space => new string(' ', piece.Length),
                PieceKind.LineBreak => "",
                _ => spans[piece.Span].Text.Substring(piece.Start, piece.Length),
            };
            var shape = piece.Kind == PieceKind.LineBreak ? Empty : shaper.Shape(piece.Face, text);
            shaped.Add(new ShapedPiece(piece, shape, style.Size));
        }

        return shaped;
    }
}
