namespace Reports.Layout.Model;

/// <summary>A table-of-contents line pointing at the heading whose <see cref="Heading.AnchorId"/> is <paramref name="AnchorId"/>.</summary>
public sealed record TocEntry(int Level, string Text, string AnchorId)
{
    /// <summary>
    /// The text as spans where a dataset value in it runs the other way from the document (a theme's English
    /// title in an Arabic brief, isolated); null (the default): <see cref="Text"/> laid out as it is. The spans'
    /// text is <see cref="Text"/>.
    /// </summary>
    public IReadOnlyList<Span>? Spans { get; init; }
}
