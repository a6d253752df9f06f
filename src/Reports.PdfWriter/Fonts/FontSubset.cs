namespace Reports.PdfWriter.Fonts;

/// <summary>A subset font program and where each glyph of the full face went in it.</summary>
public sealed record FontSubset(byte[] Program, IReadOnlyDictionary<uint, uint> NewGlyphs);
