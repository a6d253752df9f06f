using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Content;

/// <summary>
/// A <see cref="RasterImage"/> drawn to fill <paramref name="Target"/> on the page (top-left space, points).
/// Place it inside a Figure's tagged sequence (its Alt says what it shows) or an artifact.
/// </summary>
public sealed record PlacedImage(RasterImage Image, Rect Target);
