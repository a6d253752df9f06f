namespace Reports.Text;

/// <summary>Where a piece of text links to: an external URL or a named destination in the document.</summary>
public sealed record LinkTarget(string? Url, string? Anchor);
