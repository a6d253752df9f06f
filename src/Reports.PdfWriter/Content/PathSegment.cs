using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Content;

/// <summary>One step of a path (a small closed family: move, line, cubic curve, close). Points in top-left space.</summary>
public abstract record PathSegment;

/// <summary>Starts a new subpath at <paramref name="To"/>.</summary>
public sealed record MoveTo(Point To) : PathSegment;

/// <summary>A straight segment to <paramref name="To"/>.</summary>
public sealed record LineTo(Point To) : PathSegment;

/// <summary>A cubic Bézier curve with control points <paramref name="Control1"/> and <paramref name="Control2"/>.</summary>
public sealed record CubicTo(Point Control1, Point Control2, Point To) : PathSegment;

/// <summary>Closes the current subpath.</summary>
public sealed record ClosePath : PathSegment;
