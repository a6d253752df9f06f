namespace Reports.PdfWriter.Content;

/// <summary>
/// Something drawn on a page or into a form: a <see cref="GlyphRun"/>, <see cref="RectShape"/>,
/// <see cref="LineShape"/>, <see cref="PathShape"/> or <see cref="RawOperators"/>.
/// </summary>
public abstract record Graphic;
