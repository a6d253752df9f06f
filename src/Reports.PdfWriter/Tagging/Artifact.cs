using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Tagging;

/// <summary>
/// Content a screen reader skips. A background needs its <see cref="BBox"/> (PDF 1.7 requires it; top-left
/// page space, points); the writer rejects one without.
/// </summary>
public sealed record Artifact(ArtifactKind Kind, Rect? BBox = null)
{
    public static Artifact Header { get; } = new(ArtifactKind.Header);

    public static Artifact Footer { get; } = new(ArtifactKind.Footer);

    public static Artifact Pagination { get; } = new(ArtifactKind.Pagination);

    /// <summary>A watermark over the page (<c>/Pagination /Subtype /Watermark</c>).</summary>
    public static Artifact Watermark { get; } = new(ArtifactKind.Watermark);

    public static Artifact Layout { get; } = new(ArtifactKind.Layout);

    public static Artifact Background(Rect bbox) => new(ArtifactKind.Background, bbox);
}
