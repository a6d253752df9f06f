using Reports.PdfWriter.Content;
using Reports.PdfWriter.Validation;
using Reports.PdfWriter.Writing;

namespace Reports.PdfWriter.Fonts;

/// <summary>
/// A face the document draws with: its PDF resource name and object, and every glyph drawn so far with
/// the text it stands for (the ToUnicode map). CIDs are the full face's glyph ids. A glyph's text is fixed
/// the first time it is drawn; a later run that uses the glyph for other text gets an ActualText span instead.
/// </summary>
public sealed class EmbeddedFont(FontFace face, string resourceName, int objectNumber, OpenTypeFace file, FaceInfo info)
{
    /// <summary>Per glyph id, the text it stands for (null until drawn): an array, as every glyph of every run looks here.</summary>
    private readonly string?[] texts = new string?[info.GlyphCount];

    /// <summary>Per glyph id, its /W width (NaN until first asked).</summary>
    private readonly double[] widths = [.. Enumerable.Repeat(double.NaN, info.GlyphCount)];

    public FontFace Face { get; } = face;

    public string ResourceName { get; } = resourceName;

    public int ObjectNumber { get; } = objectNumber;

    public OpenTypeFace File { get; } = file;

    public FaceInfo Info { get; } = info;

    /// <summary>The glyphs drawn so far with their text, by glyph id.</summary>
    public IReadOnlyDictionary<uint, string> Texts =>
        Enumerable.Range(0, texts.Length).Where(g => texts[g] is not null).ToDictionary(g => (uint)g, g => texts[g]!);

    /// <summary>The advance of <paramref name="glyph"/> in PDF glyph space (1/1000 em), rounded as <c>/W</c> writes it.</summary>
    public double Width(uint glyph)
    {
        var width = widths[glyph];
        if (double.IsNaN(width))
            widths[glyph] = width = Round(Info.Advances[glyph] * 1000.0 / Info.UnitsPerEm);
        return width;
    }

    public static double Round(double value) => Writing.Rounding.HalfAwayFromZero(value * 1000) / 1000;

    /// <summary>
    /// Records that <paramref name="glyph"/> was drawn for <paramref name="text"/>; true when its ToUnicode
    /// entry spells exactly that text (always so the first time).
    /// </summary>
    public bool Map(uint glyph, ReadOnlySpan<char> text, Problems problems, RunPlace where)
    {
        if (texts[glyph] is { } known)
            return text.SequenceEqual(known);
        var value = text.ToString();
        Check(glyph, value, problems, where.ToString());
        texts[glyph] = value;
        return true;
    }

    private void Check(uint glyph, string text, Problems problems, string where)
    {
        if (text.Length == 0)
        {
            problems.Add(Violation.NoUnicodeMapping, where, $"glyph {glyph} of {Face} stands for no text; every glyph needs the characters it was shaped from");
            return;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is 0 or 0xFEFF or 0xFFFE)
                problems.Add(Violation.InvalidCodepoint, where, $"glyph {glyph} of {Face} stands for U+{rune.Value:X4}, which a ToUnicode map may not hold; remove the character from the text");
            else if (rune.Value is >= 0xE000 and <= 0xF8FF or >= 0xF0000)
                problems.Add(Violation.PrivateUseCodepoint, where, $"glyph {glyph} of {Face} stands for the private-use U+{rune.Value:X4}, which means nothing to a reader; use a standard character");
        }
    }
}
