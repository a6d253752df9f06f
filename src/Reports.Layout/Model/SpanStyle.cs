namespace Reports.Layout.Model;

/// <summary>
/// Inline style. Bold and italic add to the style of the block (a bold span in a heading stays bold).
/// <paramref name="Color"/> is "#RRGGBB"; <paramref name="Size"/> is in points and overrides the block's size.
/// </summary>
public sealed record SpanStyle(bool Bold = false, bool Italic = false, string? Color = null, double? Size = null);
