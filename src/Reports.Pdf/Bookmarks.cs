using Reports.Layout.Paging;
using Reports.PdfWriter.Document;

namespace Reports.Pdf;

/// <summary>The flat bookmarks layout collected, nested by level for the writer (a level-3 entry right after a level-1 one goes under it).</summary>
internal static class Bookmarks
{
    public static IReadOnlyList<OutlineItem> Nest(IReadOnlyList<OutlineEntry> entries)
    {
        var position = 0;
        return Children(entries, ref position, 0);
    }

    private static List<OutlineItem> Children(IReadOnlyList<OutlineEntry> entries, ref int position, int parentLevel)
    {
        var items = new List<OutlineItem>();
        while (position < entries.Count && entries[position].Level > parentLevel)
        {
            var entry = entries[position++];
            items.Add(new OutlineItem(entry.Title, entry.Destination, Children(entries, ref position, entry.Level)));
        }

        return items;
    }
}
