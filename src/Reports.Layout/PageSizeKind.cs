namespace Reports.Layout;

/// <summary>Paper size; pages are portrait.</summary>
public enum PageSizeKind
{
    /// <summary>210 × 297 mm, written as 595 × 842 pt (the PDF backend uses whole points).</summary>
    A4,

    /// <summary>8.5 × 11 in (612 × 792 pt).</summary>
    Letter,
}
