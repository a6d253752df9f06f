namespace Reports.Layout.Model;

/// <summary>
/// A run of text with one style. <paramref name="LinkUrl"/> makes it an external link,
/// <paramref name="LinkAnchor"/> a link to the <see cref="Heading.AnchorId"/> of the same name.
/// A "\n" in the text forces a line break.
/// </summary>
public sealed record Span(string Text, SpanStyle? Style = null, string? LinkUrl = null, string? LinkAnchor = null)
{
    /// <summary>
    /// Null (the default): the text breaks at spaces and after dashes, and a word longer than a line is
    /// cut between letters. Otherwise the span is kept whole (a figure with its qualifier and unit, an
    /// id, a period) except after the characters given: "" for nowhere, "-" for an id, "–" for a period
    /// range. A kept part is never cut: when it is wider than the line it is set smaller, down to half
    /// its size, and only beyond that cut as a last resort.
    /// </summary>
    public string? BreakOnlyAfter { get; init; }

    /// <summary>
    /// The BCP 47 language of the text when it differs from the document's or matters to drawing it ("ar",
    /// "zh-Hant", "ja"): a paragraph starting with a span in a right-to-left language runs right to left,
    /// Chinese, Japanese and Korean text is drawn with that region's glyph forms, and a screen reader
    /// pronounces it right (its marked content's /Lang). Null: none known (the direction comes from the first
    /// strong character, CJK takes the forms of the shipped face, Simplified Chinese).
    /// </summary>
    public string? Language { get; init; }

    /// <summary>
    /// A figure or a dataset string (a name, a label, a source title placed in a sentence of the brief's own
    /// words): laid out as a first-strong isolate (FSI … PDI, UAX #9) when it has no <see cref="Language"/>, so
    /// one whose first strong character runs the other way from its paragraph reads as its author wrote it
    /// ("~USD 200 bn", "31 bcm" in an Arabic brief) and the sentence around it keeps its order. Text without a
    /// strong character ("245", "~36") is never isolated.
    /// </summary>
    public bool Isolated { get; init; }

    /// <summary>Shorthand for a list holding one unstyled span.</summary>
    public static IReadOnlyList<Span> Plain(string text) => [new Span(text)];

    /// <summary>A span kept on one line ("at least USD 4.7 bn"): it never breaks.</summary>
    public static Span Unbroken(string text, SpanStyle? style = null) => new(text, style) { BreakOnlyAfter = "" };

    /// <summary>A figure ("~USD 200 bn", "31 bcm"): kept on one line and isolated.</summary>
    public static Span Figure(string text, SpanStyle? style = null) => new(text, style) { BreakOnlyAfter = "", Isolated = true };
}
