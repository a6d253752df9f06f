namespace Reports.PdfWriter.Tagging;

/// <summary>
/// A structure element being built: its tag and its children in reading order. Built beside the content
/// while pages stream out (a mutable builder, as krilla's tag groups are: the tree is complete only when the
/// last page is drawn) and serialised once when the document is finished.
/// </summary>
public sealed class TagGroup(Tag tag)
{
    /// <summary>Most elements (a cell, a paragraph) hold one child; the list starts at that size.</summary>
    private readonly List<TagChild> children = new(1);

    public Tag Tag { get; } = tag;

    internal IReadOnlyList<TagChild> Children => children;

    public TagGroup Add(TagGroup child)
    {
        children.Add(new TagChild(child, 0, 0, false));
        return this;
    }

    public TagGroup Add(ContentId content)
    {
        children.Add(new TagChild(null, content.Page, content.Mcid, false));
        return this;
    }

    public TagGroup Add(AnnotationId annotation)
    {
        children.Add(new TagChild(null, annotation.Page, annotation.Index, true));
        return this;
    }

    /// <summary>Adds a new child group and returns it (for building a tree top-down).</summary>
    public TagGroup Open(Tag childTag)
    {
        var child = new TagGroup(childTag);
        Add(child);
        return child;
    }

    public override string ToString() => Tag.Kind.ToString();
}
