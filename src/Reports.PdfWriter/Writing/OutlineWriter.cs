using Reports.PdfWriter.Document;

namespace Reports.PdfWriter.Writing;

/// <summary>Writes the bookmarks: top-level items shown, their children closed; each opens a named destination.</summary>
internal static class OutlineWriter
{
    /// <summary>The /Outlines object, or 0 when there are no bookmarks.</summary>
    public static int Write(PdfOutput output, IReadOnlyList<OutlineItem> items)
    {
        if (items.Count == 0)
            return 0;
        var root = output.Reserve();
        var numbers = WriteLevel(output, items, root);
        output.WriteObject(root, new PdfBuffer().Raw("<</Type /Outlines /First ").Ref(numbers[0]).Raw(" /Last ").Ref(numbers[^1])
            .Raw(" /Count ").Int(items.Count).Raw(">>"));
        return root;
    }

    private static int[] WriteLevel(PdfOutput output, IReadOnlyList<OutlineItem> items, int parent)
    {
        var numbers = items.Select(_ => output.Reserve()).ToArray();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var children = item.Children.Count > 0 ? WriteLevel(output, item.Children, numbers[i]) : [];
            var body = new PdfBuffer().Raw("<</Title ").Text(item.Title).Raw(" /Parent ").Ref(parent);
            if (i > 0)
                body.Raw(" /Prev ").Ref(numbers[i - 1]);
            if (i + 1 < items.Count)
                body.Raw(" /Next ").Ref(numbers[i + 1]);
            if (children.Length > 0)
                body.Raw(" /First ").Ref(children[0]).Raw(" /Last ").Ref(children[^1]).Raw(" /Count -").Int(children.Length);
            output.WriteObject(numbers[i], body.Raw(" /Dest ").Text(item.Destination).Raw(">>"));
        }

        return numbers;
    }
}
