namespace Reports.Layout.Paging;

/// <summary>A filled and/or stroked rectangle (fills, rules, bars). Colours are "#RRGGBB".</summary>
public sealed record PlacedRect(Rect Bounds, string? Fill, string? Stroke = null, double StrokeWidth = 0) : PlacedBox(Bounds);
