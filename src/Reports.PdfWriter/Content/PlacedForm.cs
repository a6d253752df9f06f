using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Content;

/// <summary>A <see cref="Form"/> drawn into <paramref name="Target"/> on the page (scaled to fill it).</summary>
public sealed record PlacedForm(Form Form, Rect Target);
