namespace Reports.Text;

/// <summary>The glyphs [<paramref name="GlyphStart"/>, <paramref name="GlyphEnd"/>) of one shaped piece placed on a line.</summary>
internal readonly record struct LineFragment(int Piece, int GlyphStart, int GlyphEnd, double Width);
