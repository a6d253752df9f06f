namespace Reports.Layout.Model;

/// <summary>Starts a new page (no blank pages: a break on an empty page does nothing).</summary>
public sealed record PageBreak : Block;
