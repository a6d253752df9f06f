namespace Reports.Layout.Model;

/// <summary>Vertical white space in points; dropped when it would open a page.</summary>
public sealed record Spacer(double Height) : Block;
