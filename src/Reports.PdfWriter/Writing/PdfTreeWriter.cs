namespace Reports.PdfWriter.Writing;

/// <summary>
/// Number trees (the ParentTree) and name trees (named destinations): one node for a small tree, leaves
/// of <see cref="LeafSize"/> entries under a root of kids for a large one, each leaf with its /Limits.
/// </summary>
internal static class PdfTreeWriter
{
    private const int LeafSize = 256;

    /// <summary>Writes the tree and returns its root object. Entries are sorted by key; <paramref name="writeKey"/> and <paramref name="writeValue"/> append one entry's tokens.</summary>
    public static int Write<T>(PdfOutput output, string kind, IReadOnlyList<T> entries, Action<PdfBuffer, T> writeKey, Action<PdfBuffer, T> writeValue)
    {
        var root = output.Reserve();
        var body = new PdfBuffer();
        if (entries.Count <= LeafSize)
        {
            output.WriteObject(root, Leaf(body, kind, entries, writeKey, writeValue, limits: false));
            return root;
        }

        var leaves = entries.Chunk(LeafSize).Select(chunk => (chunk, number: output.Reserve())).ToList();
        body.Raw("<</Kids [");
        foreach (var (_, number) in leaves)
            body.Ref(number).Space();
        output.WriteObject(root, body.Raw("]>>"));
        foreach (var (chunk, number) in leaves)
            output.WriteObject(number, Leaf(body.Cleared(), kind, chunk, writeKey, writeValue, limits: true));
        return root;
    }

    private static PdfBuffer Leaf<T>(PdfBuffer body, string kind, IReadOnlyList<T> entries, Action<PdfBuffer, T> writeKey, Action<PdfBuffer, T> writeValue, bool limits)
    {
        body.Raw("<<");
        if (limits)
        {
            body.Raw("/Limits [");
            writeKey(body, entries[0]);
            body.Space();
            writeKey(body, entries[^1]);
            body.Raw("] ");
        }

        body.Raw("/").Raw(kind).Raw(" [");
        foreach (var entry in entries)
        {
            writeKey(body, entry);
            body.Space();
            writeValue(body, entry);
            body.Line();
        }

        return body.Raw("]>>");
    }
}
