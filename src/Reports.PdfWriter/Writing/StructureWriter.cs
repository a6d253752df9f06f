using Reports.PdfWriter.Tagging;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// Serialises the tag tree once, when the document is finished: one StructElem per group in reading order
/// (each with <c>/P</c>, and <c>/Pg</c> when it holds content), MCIDs and OBJRs as its kids, and the
/// ParentTree that maps each page's MCIDs and each annotation back to its element.
/// </summary>
internal sealed class StructureWriter(PdfOutput output, IReadOnlyList<PageRecord> pages)
{
    private readonly int[][] contentParents = [.. pages.Select(p => new int[p.McidCount])];
    private readonly int[][] annotationParents = [.. pages.Select(p => new int[p.Annotations.Count])];
    private readonly PdfBuffer body = new();

    /// <summary>Writes the tree and returns the StructTreeRoot's object number.</summary>
    public int Write(TagTree tree, int nextStructParent)
    {
        var root = output.Reserve();
        var children = tree.Children.Select(_ => output.Reserve()).ToArray();
        for (var i = 0; i < children.Length; i++)
            WriteElement(tree.Children[i], children[i], root);
        var parentTree = WriteParentTree();
        body.Cleared().Raw("<</Type /StructTreeRoot /K [");
        foreach (var child in children)
            body.Ref(child).Space();
        output.WriteObject(root, body.Raw("] /ParentTree ").Ref(parentTree).Raw(" /ParentTreeNextKey ").Int(nextStructParent).Raw(">>"));
        return root;
    }

    private void WriteElement(TagGroup group, int number, int parent)
    {
        // Rented, not new: the tree of a 100,000-row table has a million elements, each with its kids' numbers.
        var rented = System.Buffers.ArrayPool<int>.Shared.Rent(group.Count);
        var kids = rented.AsSpan(0, group.Count);
        var k = 0;
        foreach (var child in group.Children)
            kids[k++] = child.Group is null ? 0 : output.Reserve();
        var page = FirstContentPage(group);
        // /Type /StructElem is optional and left out: a large table has a million elements.
        body.Cleared().Raw("<</S /").Raw(TagNames.Of(group.Tag.Kind)).Raw(" /P ").Ref(parent);
        if (page >= 0)
            body.Raw(" /Pg ").Ref(pages[page].ObjectNumber);
        WriteKids(group, kids, page, number);
        StructureAttributes.Write(body, group.Tag, BBoxPage(group));
        output.WriteObject(number, body.Raw(">>"));
        k = 0;
        foreach (var child in group.Children)
        {
            if (child.Group is { } sub)
                WriteElement(sub, kids[k], number);
            k++;
        }

        System.Buffers.ArrayPool<int>.Shared.Return(rented);
    }

    private static int FirstContentPage(TagGroup group)
    {
        foreach (var child in group.Children)
        {
            if (child.Group is null)
                return child.Page;
        }

        return -1;
    }

    private void WriteKids(TagGroup group, ReadOnlySpan<int> kids, int page, int number)
    {
        if (kids.IsEmpty)
            return;
        var single = kids.Length == 1;
        body.Raw(single ? " /K " : " /K [");
        var i = 0;
        foreach (var child in group.Children)
        {
            if (child.Group is not null)
            {
                body.Ref(kids[i]);
            }
            else if (child.IsAnnotation)
            {
                var annotation = pages[child.Page].Annotations[child.Number];
                annotationParents[child.Page][child.Number] = number;
                body.Raw("<</Type /OBJR /Obj ").Ref(annotation.ObjectNumber).Raw(" /Pg ").Ref(pages[child.Page].ObjectNumber).Raw(">>");
            }
            else
            {
                contentParents[child.Page][child.Number] = number;
                if (child.Page == page)
                    body.Int(child.Number);
                else
                    body.Raw("<</Type /MCR /Pg ").Ref(pages[child.Page].ObjectNumber).Raw(" /MCID ").Int(child.Number).Raw(">>");
            }

            if (!single)
                body.Space();
            i++;
        }

        if (!single)
            body.Raw("]");
    }

    /// <summary>The height of the page of the element's first content (a figure's BBox is on that page): its own, else its first child's that has any.</summary>
    private double? BBoxPage(TagGroup group) => group.Tag.BBox is null ? null : FirstContentHeight(group);

    private double? FirstContentHeight(TagGroup group)
    {
        var page = FirstContentPage(group);
        if (page >= 0)
            return pages[page].Size.Height;
        foreach (var child in group.Children)
        {
            if (child.Group is { } sub && FirstContentHeight(sub) is { } height)
                return height;
        }

        return null;
    }

    private int WriteParentTree()
    {
        var entries = new List<(int Key, int[]? Array, int Single)>();
        for (var p = 0; p < pages.Count; p++)
        {
            entries.Add((pages[p].StructParents, contentParents[p], 0));
            for (var a = 0; a < pages[p].Annotations.Count; a++)
                entries.Add((pages[p].Annotations[a].StructParent, null, annotationParents[p][a]));
        }

        entries.Sort((x, y) => x.Key.CompareTo(y.Key));
        return PdfTreeWriter.Write(output, "Nums", entries, (b, e) => b.Int(e.Key), WriteParents);
    }

    private static void WriteParents(PdfBuffer b, (int Key, int[]? Array, int Single) entry)
    {
        if (entry.Array is null)
        {
            Reference(b, entry.Single);
            return;
        }

        b.Raw("[");
        foreach (var element in entry.Array)
            Reference(b.Space(), element);
        b.Raw("]");
    }

    private static void Reference(PdfBuffer b, int element)
    {
        if (element == 0)
            b.Raw("null");
        else
            b.Ref(element);
    }
}
