namespace Reports.Layout.Rendering.Svg;

/// <summary>Where a text sits against its x position (SVG's text-anchor).</summary>
internal enum SvgTextAnchor
{
    Start,
    Middle,
    End,
}
