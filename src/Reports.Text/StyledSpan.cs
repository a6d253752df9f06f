namespace Reports.Text;

/// <summary>
/// Text with its resolved style and optional link: the input of line breaking. With
/// <paramref name="BreakOnlyAfter"/> the text is kept whole except after those characters (see
/// <c>Span.BreakOnlyAfter</c> in the layout model).
/// </summary>
public sealed record StyledSpan(string Text, TextStyle Style, LinkTarget? Link = null, string? BreakOnlyAfter = null)
{
    public bool IsKept => BreakOnlyAfter is not null;

    /// <summary>The BCP 47 language of the text when it is known ("ar", "zh-Hant"): its direction, CJK forms and /Lang.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// A figure or dataset text without a language of its own: laid out as a first-strong isolate (FSI … PDI,
    /// UAX #9), so when its first strong character runs the other way from the paragraph ("~USD 200 bn" in an
    /// Arabic paragraph) it keeps the order its author wrote. Text with no strong character ("245", "~36") is
    /// left as it is.
    /// </summary>
    public bool Isolated { get; init; }
}
