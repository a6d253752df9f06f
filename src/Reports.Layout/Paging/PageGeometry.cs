namespace Reports.Layout.Paging;

/// <summary>
/// Page size and margins in points. The running header sits in the top margin, the footer in the
/// bottom margin; the body flows inside <see cref="Content"/>. Sizes are whole points because
/// SkiaSharp's PDF backend rounds the page size (A4 is 595 × 842).
/// </summary>
public sealed record PageGeometry(double Width, double Height, double MarginLeft, double MarginRight, double MarginTop, double MarginBottom)
{
    private const double Side = 56;
    private const double Top = 68;
    private const double BottomMargin = 64;

    public Rect Content => new(MarginLeft, MarginTop, Width - MarginLeft - MarginRight, Height - MarginTop - MarginBottom);

    /// <summary>Baseline of the running header, from the top of the page.</summary>
    public double HeaderBaseline => MarginTop - 30;

    /// <summary>Baseline of the footer, from the top of the page.</summary>
    public double FooterBaseline => Height - MarginBottom + 34;

    public static PageGeometry For(PageSizeKind size) => size switch
    {
        PageSizeKind.Letter => new PageGeometry(612, 792, Side, Side, Top, BottomMargin),
        _ => new PageGeometry(595, 842, Side, Side, Top, BottomMargin),
    };
}
