namespace Reports.Text;

/// <summary>A piece with its shaping and its size in points.</summary>
internal readonly record struct ShapedPiece(TextPiece Piece, ShapedText Shape, double Size)
{
    public double Width { get; } = Shape.Advance * Shape.Scale(Size);

    public double GlyphWidth(int glyph) => Shape.Advances[glyph] * Shape.Scale(Size);

    public LineFragment Whole(int index) => new(index, 0, Shape.Count, Width);
}
