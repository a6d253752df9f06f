namespace Reports.PdfWriter.Svg;

/// <summary>Where a text sits against its x position (SVG's text-anchor).</summary>
public enum SvgTextAnchor
{
    Start,
    Middle,
    End,
}
