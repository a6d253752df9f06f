namespace Reports.PdfWriter.Document;

/// <summary>A bookmark: its title, the named destination it opens, and the bookmarks below it (shown closed).</summary>
public sealed record OutlineItem(string Title, string Destination, IReadOnlyList<OutlineItem> Children)
{
    public OutlineItem(string title, string destination)
        : this(title, destination, [])
    {
    }
}
