namespace Reports.PdfWriter.Tagging;

/// <summary>
/// A structure element being built: its tag and its children in reading order. Built beside the content
/// while pages stream out (a mutable builder, as krilla's tag groups are: the tree is complete only when the
/// last page is drawn) and serialised once when the document is finished.
/// </summary>
/// <remarks>
/// Most elements (a cell, a paragraph) hold one child, which is kept in the element itself; only a second
/// child starts a list. The tree of a 100,000-row table has about 800,000 elements, each held until the end,
/// and a list per element (with its array) doubled their size.
/// </remarks>
public sealed class TagGroup(Tag tag)
{
    private TagChild first;
    private List<TagChild>? rest;

    public Tag Tag { get; } = tag;

    /// <summary>How many children the element has.</summary>
    internal int Count { get; private set; }

    /// <summary>The child at <paramref name="index"/> (0-based, in reading order).</summary>
    internal TagChild this[int index] =>
        (uint)index < (uint)Count ? (index == 0 ? first : rest![index - 1]) : throw new ArgumentOutOfRangeException(nameof(index), index, $"The element has {Count} children.");

    public TagGroup Add(TagGroup child) => Append(new TagChild(child, 0, 0, false));

    public TagGroup Add(ContentId content) => Append(new TagChild(null, content.Page, content.Mcid, false));

    public TagGroup Add(AnnotationId annotation) => Append(new TagChild(null, annotation.Page, annotation.Index, true));

    /// <summary>Adds a new child group and returns it (for building a tree top-down).</summary>
    public TagGroup Open(Tag childTag)
    {
        var child = new TagGroup(childTag);
        Add(child);
        return child;
    }

    public override string ToString() => Tag.Kind.ToString();

    private TagGroup Append(TagChild child)
    {
        if (Count == 0)
            first = child;
        else
            (rest ??= new List<TagChild>(1)).Add(child);
        Count++;
        return this;
    }
}
