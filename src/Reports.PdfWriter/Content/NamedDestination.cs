using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Content;

/// <summary>A place on the page links and bookmarks can go to; the view opens with <paramref name="Position"/> at its top-left.</summary>
public sealed record NamedDestination(string Name, Point Position);
