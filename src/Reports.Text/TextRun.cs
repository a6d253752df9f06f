namespace Reports.Text;

/// <summary>
/// Glyphs of one face and style on a line. <paramref name="X"/> is from the line's left edge; the glyphs are
/// placed from the run's origin on the baseline by their advances and offsets (the init-only members).
/// <paramref name="Glyphs"/> are glyph ids of the full (unsubset) face.
/// <paramref name="InkStart"/> and <paramref name="InkEnd"/> bound the run without its edge spaces (for
/// underlines and link areas). <paramref name="RightToLeft"/>: the run is right-to-left text (an odd bidi
/// level): its glyphs are in visual order, left to right on the page, while <paramref name="Text"/> keeps the
/// logical order (what a reader's copy or a PDF's ActualText must give back). The init-only members carry the
/// shaping in font units, so the run can be written as a glyph run that maps back to its text.
/// </summary>
public sealed record TextRun(
    double X,
    double Width,
    FaceKey Face,
    TextStyle Style,
    LinkTarget? Link,
    uint[] Glyphs,
    string Text,
    double InkStart,
    double InkEnd,
    bool RightToLeft = false)
{
    /// <summary>HarfBuzz's advance of each glyph in font units (see <see cref="UnitsPerEm"/>), for the PDF writer.</summary>
    public int[] Advances { get; init; } = [];

    /// <summary>HarfBuzz's x offset of each glyph in font units.</summary>
    public int[] OffsetsX { get; init; } = [];

    /// <summary>HarfBuzz's y offset of each glyph in font units, y up as HarfBuzz gives it.</summary>
    public int[] OffsetsY { get; init; } = [];

    /// <summary>Per glyph, the UTF-16 index into <see cref="Text"/> of the first character of its cluster.</summary>
    public int[] Clusters { get; init; } = [];

    /// <summary>The font units <see cref="Advances"/> and the offsets are in: points = units × size / units per em.</summary>
    public int UnitsPerEm { get; init; } = 1000;

    /// <summary>The BCP 47 language of the run's text when it differs from the document's (a native name, a quote); else null.</summary>
    public string? Lang { get; init; }
}
