namespace Reports.Layout.Model;

/// <summary>A table-of-contents line pointing at the heading whose <see cref="Heading.AnchorId"/> is <paramref name="AnchorId"/>.</summary>
public sealed record TocEntry(int Level, string Text, string AnchorId);
