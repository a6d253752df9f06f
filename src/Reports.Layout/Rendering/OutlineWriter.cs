using System.Text;
using Reports.Layout.Paging;

namespace Reports.Layout.Rendering;

/// <summary>
/// Adds bookmarks to a finished PDF. SkiaSharp has no outline API, so we append an incremental update:
/// the outline objects, a new revision of the catalog pointing at them, and a cross-reference section
/// chained to the original one (/Prev). The original bytes are left untouched.
/// </summary>
internal static class OutlineWriter
{
    /// <summary>The bytes to append after the PDF whose end <paramref name="tail"/> holds; none without bookmarks.</summary>
    public static byte[] Update(PdfTail tail, IReadOnlyList<OutlineEntry> outline)
    {
        if (outline.Count == 0)
            return [];
        var catalog = tail.Object(tail.Root);
        var destinations = NamedDestinations.Read(tail, catalog);
        var root = OutlineNode.Build(outline, tail.Size);

        var update = new IncrementalUpdate(tail);
        update.Add(tail.Root, WithOutlines(catalog, root.Number));
        foreach (var node in root.SelfAndDescendants())
            update.Add(node.Number, node.Entry is null ? RootDictionary(root) : ItemDictionary(node, destinations));

        return update.Bytes();
    }

    private static string WithOutlines(string catalog, int outlines)
    {
        var end = catalog.LastIndexOf(">>", StringComparison.Ordinal);
        return catalog[..end] + $"\n/Outlines {outlines} 0 R\n/PageMode /UseOutlines>>";
    }

    private static string RootDictionary(OutlineNode root) =>
        $"<</Type /Outlines\n/First {root.Children[0].Number} 0 R\n/Last {root.Children[^1].Number} 0 R\n/Count {root.Descendants}>>";

    private static string ItemDictionary(OutlineNode node, IReadOnlyDictionary<string, string> destinations)
    {
        var entry = node.Entry!;
        if (!destinations.TryGetValue(entry.Destination, out var destination))
            throw new InvalidOperationException($"Bookmark '{entry.Title}' points at destination '{entry.Destination}', which the PDF does not define.");

        var siblings = node.Parent!.Children;
        var index = node.Index;
        var text = new StringBuilder("<</Title ").Append(HexText(entry.Title));
        text.Append($"\n/Parent {node.Parent.Number} 0 R");
        if (index > 0)
            text.Append($"\n/Prev {siblings[index - 1].Number} 0 R");
        if (index < siblings.Count - 1)
            text.Append($"\n/Next {siblings[index + 1].Number} 0 R");
        if (node.Children.Count > 0)
            text.Append($"\n/First {node.Children[0].Number} 0 R\n/Last {node.Children[^1].Number} 0 R\n/Count {node.Descendants}");
        return text.Append($"\n/Dest {destination}>>").ToString();
    }

    /// <summary>A PDF text string as UTF-16BE with a byte-order mark, hex-encoded (safe for any title).</summary>
    private static string HexText(string value) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
}
