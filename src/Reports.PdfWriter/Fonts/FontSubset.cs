namespace Reports.PdfWriter.Fonts;

/// <summary>A subset font program and where each glyph of the full face went in it.</summary>
internal sealed record FontSubset(byte[] Program, IReadOnlyDictionary<uint, uint> NewGlyphs);
