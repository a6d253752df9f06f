namespace Reports.Layout.Text;

/// <summary>Where a piece of text links to: an external URL or a named destination in the document.</summary>
internal sealed record LinkTarget(string? Url, string? Anchor);
