namespace Reports.PdfWriter.Content;

/// <summary>
/// Something drawn on a page or into a form: a <see cref="GlyphRun"/>, <see cref="RectShape"/>,
/// <see cref="LineShape"/>, <see cref="PathShape"/>, <see cref="RawOperators"/> or a <see cref="GraphicGroup"/> of them.
/// </summary>
public abstract record Graphic;
