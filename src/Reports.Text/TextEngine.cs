using System.Runtime.CompilerServices;
namespace Reports.Text;

/// <summary>
/// Lays out styled text in a width: cut into pieces, shape each piece (cached), break into lines,
/// assemble runs. A kept span (a figure, an id) wider than the width is set smaller, down to half its
/// size, rather than cut. The one entry point all blocks use for text. The working lists are reused from one
/// text to the next (only the lines and runs returned are new), so one engine lays out one text at a
/// time.
/// </summary>
public sealed class TextEngine(TextShaper shaper)
{
    private static readonly ShapedText Empty = new([], [], [], [], [], 1000);
    private static readonly string SpaceRun = new(' ', 64);

    /// <summary>A kept span is never set smaller than this share of its size; beyond it, it is cut.</summary>
    private const double MinimumKeptScale = 0.5;

    /// <summary>Text laid out at least this wide is being measured, not set in a column: its right-to-left lines are not moved right.</summary>
    private const double MeasuringWidth = 1e6;

    private readonly Tokenizer tokenizer = new(shaper.Stack);

    private readonly LineBreaker breaker = new();
    private readonly List<TextPiece> pieces = [];
    private readonly List<ShapedPiece> shaped = [];
    private readonly List<LineFragment> fragments = [];
    private readonly List<int> lineEnds = [];

    /// <summary>Short texts laid out lately, to give a text met again the same lines without laying it out again.</summary>
    private readonly TextBlockCache laidOut = new();

    /// <summary>Turns the fragments of a text into lines; its working arrays are reused from text to text.</summary>
    private readonly LineAssembler assembler = new(LineMetrics.Of(shaper.Stack.PrimaryFace), new System.Text.StringBuilder());

    public LineMetrics Metrics { get; } = LineMetrics.Of(shaper.Stack.PrimaryFace);

    public TextShaper Shaper => shaper;

    /// <summary>
    /// Text of a right-to-left document: a paragraph without a language of its own runs right to left, and no
    /// line is moved right here, since the page is mirrored after layout (<c>PageMirror</c> in layout): every
    /// line starts at the left of its box and ends at the right margin once mirrored.
    /// </summary>
    public bool RightToLeft { get; init; }

    /// <summary>
    /// The document's language (its /Lang): text without a language of its own is shaped in it (a Traditional
    /// Chinese brief's own words get Traditional forms) while its marked content carries no /Lang of its own.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Lines of the spans in <paramref name="width"/> points; line height = largest size × factor.</summary>
    public TextBlock Layout(IReadOnlyList<StyledSpan> spans, double width, double lineHeightFactor)
    {
        width = Math.Max(width, 1);
        if (laidOut.Find(spans, width, lineHeightFactor, out var probe) is { } known)
            return known;
        var block = LayoutAnew(spans, width, lineHeightFactor);
        laidOut.Keep(probe, block);
        return block;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: see README, "Speed"
    private TextBlock LayoutAnew(IReadOnlyList<StyledSpan> spans, double width, double lineHeightFactor)
    {
        Shape(spans);
        breaker.Break(shaped, width, fragments, lineEnds);
        if (breaker.Overflow > 0)
        {
            var factor = width / breaker.Overflow;
            spans = KeptSetSmaller(spans, Math.Max(MinimumKeptScale, factor * 0.999));
            Shape(spans);
            breaker.Break(shaped, width, fragments, lineEnds, cutKeptWords: factor < MinimumKeptScale);
        }

        var assembler = this.assembler.Begin(spans, shaped);
        var emptySize = spans.Count > 0 ? spans[0].Style.Size : 0;
        var lines = new TextLine[lineEnds.Count];
        var start = 0;
        var rightToLeft = tokenizer.RightToLeft;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = assembler.Assemble(fragments, start, lineEnds[i], lineHeightFactor, emptySize);
            lines[i] = rightToLeft ? line with { RightToLeft = true, Offset = width < MeasuringWidth && !RightToLeft ? Math.Max(0, width - line.Width) : 0 } : line;
            if (i + 1 < lines.Length && lineEnds[i] > start && lineEnds[i] < fragments.Count
                && LineEndSpace.Swallowed(shaped, fragments[lineEnds[i] - 1].Piece, fragments[lineEnds[i]].Piece))
                lines[i] = lines[i] with { SpaceAfter = true };
            start = lineEnds[i];
        }

        return new TextBlock(lines);
    }

    /// <summary>The line with a space after its text, for a reader, where something other than text follows it (leader dots).</summary>
    public static TextLine WithSpaceAfter(TextLine line) => line with { SpaceAfter = true };

    /// <summary>One line whatever its width (page numbers, labels).</summary>
    public TextLine SingleLine(StyledSpan span, double lineHeightFactor)
    {
        var block = Layout([span with { Text = span.Text.Replace('\n', ' ') }], double.MaxValue, lineHeightFactor);
        return block.Lines.Count > 0
            ? block.Lines[0]
            : new TextLine([], 0, span.Style.Size * lineHeightFactor, Metrics.Baseline(span.Style.Size, span.Style.Size * lineHeightFactor));
    }

    /// <summary>The spans with every kept span's size multiplied by <paramref name="factor"/>.</summary>
    private static StyledSpan[] KeptSetSmaller(IReadOnlyList<StyledSpan> spans, double factor)
    {
        var smaller = new StyledSpan[spans.Count];
        for (var i = 0; i < smaller.Length; i++)
        {
            var span = spans[i];
            smaller[i] = span.IsKept ? span with { Style = span.Style with { Size = span.Style.Size * factor } } : span;
        }

        return smaller;
    }

    /// <summary>Cuts the spans into pieces and shapes each, into <see cref="shaped"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: see README, "Speed"
    private void Shape(IReadOnlyList<StyledSpan> spans)
    {
        tokenizer.Cut(spans, pieces, RightToLeft);
        shaped.Clear();
        foreach (var piece in pieces)
        {
            var style = spans[piece.Span].Style;
            var shape = piece.Kind switch
            {
                PieceKind.LineBreak => Empty,
                PieceKind.Space => shaper.Shape(new ShapingKey(piece.Face, piece.RightToLeft), Spaces(piece.Length)),
                _ => shaper.Shape(new ShapingKey(piece.Face, piece.RightToLeft, spans[piece.Span].Language ?? Language), spans[piece.Span].Text.AsSpan(piece.Start, piece.Length)),
            };
            shaped.Add(new ShapedPiece(piece, shape, style.Size));
        }
    }

    /// <summary>A run of spaces is shaped as that many U+0020, whatever space characters the text has.</summary>
    private static ReadOnlySpan<char> Spaces(int count) =>
        count <= SpaceRun.Length ? SpaceRun.AsSpan(0, count) : new string(' ', count);
}
