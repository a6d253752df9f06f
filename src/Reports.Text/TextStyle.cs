namespace Reports.Text;

/// <summary>Resolved inline style: face variant, size in points, colour "#RRGGBB", underline.</summary>
public sealed record TextStyle(FontVariant Variant, double Size, string Color, bool Underline = false);
