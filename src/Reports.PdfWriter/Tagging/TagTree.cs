namespace Reports.PdfWriter.Tagging;

/// <summary>The document's structure: its top-level elements (usually one Document) in reading order.</summary>
public sealed class TagTree
{
    private readonly List<TagGroup> children = [];

    public IReadOnlyList<TagGroup> Children => children;

    public TagTree Add(TagGroup group)
    {
        children.Add(group);
        return this;
    }
}
