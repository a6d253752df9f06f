namespace Reports.Text;

/// <summary>A piece of document text with where it came from, for error messages.</summary>
public readonly record struct SourcedText(string Text, string? Origin, string? Where = null);
