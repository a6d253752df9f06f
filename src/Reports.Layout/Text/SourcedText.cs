namespace Reports.Layout.Text;

/// <summary>A piece of document text with where it came from, for error messages.</summary>
internal readonly record struct SourcedText(string Text, string? Origin, string? Where = null);
