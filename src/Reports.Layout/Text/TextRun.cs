namespace Reports.Layout.Text;

/// <summary>
/// Glyphs of one face and style on a line. <paramref name="X"/> is from the line's left edge;
/// <paramref name="GlyphX"/> and <paramref name="GlyphY"/> are per-glyph offsets in points from the run's
/// origin on the baseline (y down). <paramref name="Glyphs"/> are glyph ids of the full (unsubset) face.
/// <paramref name="InkStart"/> and <paramref name="InkEnd"/> bound the run without its edge spaces (for
/// underlines and link areas). <paramref name="RightToLeft"/>: the run is right-to-left text (an odd bidi
/// level): its glyphs are in visual order, left to right on the page, while <paramref name="Text"/> keeps the
/// logical order (what a reader's copy or a PDF's ActualText must give back).
/// </summary>
internal sealed record TextRun(
    double X,
    double Width,
    FaceKey Face,
    TextStyle Style,
    LinkTarget? Link,
    uint[] Glyphs,
    float[] GlyphX,
    float[] GlyphY,
    string Text,
    double InkStart,
    double InkEnd,
    bool RightToLeft = false);
