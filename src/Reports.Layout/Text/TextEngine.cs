namespace Reports.Layout.Text;

/// <summary>
/// Lays out styled text in a width: cut into pieces, shape each piece (cached), break into lines,
/// assemble runs. The one entry point all blocks use for text.
/// </summary>
internal sealed class TextEngine(TextShaper shaper)
{
    private static readonly ShapedText Empty = new([], [], [], [], [], 1000);
    private static readonly string SpaceRun = new(' ', 64);

    private readonly Tokenizer tokenizer = new(shaper.Stack);

    /// <summary>Scratch space for the characters of a run, reused by every line.</summary>
    private readonly System.Text.StringBuilder runText = new();

    public LineMetrics Metrics { get; } = LineMetrics.Of(shaper.Stack.PrimaryFace);

    public TextShaper Shaper => shaper;

    /// <summary>Lines of the spans in <paramref name="width"/> points; line height = largest size × factor.</summary>
    public TextBlock Layout(IReadOnlyList<StyledSpan> spans, double width, double lineHeightFactor)
    {
        var shaped = Shape(spans);
        var assembler = new LineAssembler(spans, shaped, Metrics, runText);
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
            var shape = piece.Kind switch
            {
                PieceKind.LineBreak => Empty,
                PieceKind.Space => shaper.Shape(piece.Face, Spaces(piece.Length)),
                _ => shaper.Shape(piece.Face, spans[piece.Span].Text.AsSpan(piece.Start, piece.Length)),
            };
            shaped.Add(new ShapedPiece(piece, shape, style.Size));
        }

        return shaped;
    }

    /// <summary>A run of spaces is shaped as that many U+0020, whatever space characters the text has.</summary>
    private static ReadOnlySpan<char> Spaces(int count) =>
        count <= SpaceRun.Length ? SpaceRun.AsSpan(0, count) : new string(' ', count);
}
