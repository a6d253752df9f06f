namespace Reports.PdfWriter.Tagging;

/// <summary>
/// A structure element being built: its tag and its children in reading order. Built beside the content
/// while pages stream out (a mutable builder, as krilla's tag groups are: the tree is complete only when the
/// last page is drawn) and serialised once when the document is finished.
/// </summary>
/// <remarks>
/// The tree of a 100,000-row table has about 800,000 elements, each held until the end and marked by every
/// full collection. Their children are therefore not lists of their own but links in one store shared by the
/// elements a root opens (<see cref="TagChildren"/>): one object per element, where a list and its array made
/// three for every element with two children or more.
/// </remarks>
public sealed class TagGroup
{
    private readonly TagChildren store;
    private int head = -1;
    private int tail = -1;

    public TagGroup(Tag tag)
        : this(tag, new TagChildren())
    {
    }

    private TagGroup(Tag tag, TagChildren store)
    {
        Tag = tag;
        this.store = store;
    }

    public Tag Tag { get; }

    /// <summary>How many children the element has (counted: a count kept in every element would be 10 MB at 100,000 indicators).</summary>
    internal int Count
    {
        get
        {
            var count = 0;
            foreach (var _ in Children)
                count++;
            return count;
        }
    }

    /// <summary>The children in reading order.</summary>
    internal TagChildren.Enumerable Children => new(store, head);

    public TagGroup Add(TagGroup child) => Append(new TagChild(child, 0, 0, false));

    public TagGroup Add(ContentId content) => Append(new TagChild(null, content.Page, content.Mcid, false));

    public TagGroup Add(AnnotationId annotation) => Append(new TagChild(null, annotation.Page, annotation.Index, true));

    /// <summary>Adds a new child group and returns it (for building a tree top-down); its children share this element's store.</summary>
    public TagGroup Open(Tag childTag)
    {
        var child = new TagGroup(childTag, store);
        Add(child);
        return child;
    }

    public override string ToString() => Tag.Kind.ToString();

    private TagGroup Append(TagChild child)
    {
        tail = store.Append(child, tail);
        if (head < 0)
            head = tail;
        return this;
    }
}
