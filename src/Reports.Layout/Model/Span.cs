namespace Reports.Layout.Model;

/// <summary>
/// A run of text with one style. <paramref name="LinkUrl"/> makes it an external link,
/// <paramref name="LinkAnchor"/> a link to the <see cref="Heading.AnchorId"/> of the same name.
/// A "\n" in the text forces a line break.
/// </summary>
public sealed record Span(string Text, SpanStyle? Style = null, string? LinkUrl = null, string? LinkAnchor = null)
{
    /// <summary>Shorthand for a list holding one unstyled span.</summary>
    public static IReadOnlyList<Span> Plain(string text) => [new Span(text)];
}
