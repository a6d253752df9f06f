namespace Reports.Layout.Paging;

/// <summary>
/// The last steps of a page, in two parts so the page can be drawn as soon as it is laid out: <see cref="Begin"/>
/// adds what needs only its number (the running header, then the markings), <see cref="Complete"/> makes what
/// waits for the end of the document (its table-of-contents numbers and its footer). <see cref="Finish"/> does
/// both for a document laid out whole.
/// </summary>
/// <remarks>A right-to-left document's page is mirrored last (<see cref="PageMirror"/>), its furniture with it.</remarks>
public sealed class PageFinisher(TocResolver toc, DecorationLayout decorations, MarkingLayout markings, double? mirrorWidth = null)
{
    /// <summary>
    /// Adds the header, the place of the late content (<see cref="LatePlace"/>) and the markings to page
    /// <paramref name="number"/>; its pending table-of-contents numbers stay where they are, to be replaced.
    /// </summary>
    public LatePage Begin(List<PlacedBox> page, int number)
    {
        var numbers = page.OfType<PendingPageNumber>().ToList();
        decorations.Header(page, number);
        var late = new LatePage(number, numbers, decorations.HasFooter(number));
        if (!late.IsEmpty)
            page.Add(new LatePlace { BlockIndex = -1 });
        markings.Mark(page, number);
        Mirror(page);
        return late;
    }

    /// <summary>The late boxes of a page, once the document has <paramref name="pageCount"/> pages and every anchor its page.</summary>
    public LateBoxes Complete(LatePage page, int pageCount, IReadOnlyDictionary<string, (int Page, PlacedDestination Destination)> anchors)
    {
        if (page.IsEmpty)
            return LateBoxes.None;
        var numbers = page.Numbers.Select(n => (IReadOnlyList<PlacedBox>)Mirror(toc.Boxes(n, anchors[n.Anchor].Page))).ToList();
        return new LateBoxes(numbers, Mirror(decorations.Footer(page.Number, pageCount)));
    }

    /// <summary>Finishes page <paramref name="number"/> of a document laid out whole: the late boxes in their places.</summary>
    public void Finish(List<PlacedBox> page, int number, int pageCount, IReadOnlyDictionary<string, (int Page, PlacedDestination Destination)> anchors)
    {
        var late = Complete(Begin(page, number), pageCount, anchors);
        var merged = Merge(page, late);
        page.Clear();
        page.AddRange(merged);
    }

    /// <summary>A page's boxes with its late boxes in their places: each pending number's, and the footer at <see cref="LatePlace"/>.</summary>
    public static List<PlacedBox> Merge(IReadOnlyList<PlacedBox> page, LateBoxes late)
    {
        var merged = new List<PlacedBox>(page.Count + late.Footer.Count);
        var number = 0;
        foreach (var box in page)
        {
            if (box is PendingPageNumber)
                merged.AddRange(late.Numbers[number++]);
            else if (box is LatePlace)
                merged.AddRange(late.Footer);
            else
                merged.Add(box);
        }

        return merged;
    }

    private List<PlacedBox> Mirror(List<PlacedBox> boxes)
    {
        if (mirrorWidth is { } width)
            PageMirror.Mirror(boxes, width);
        return boxes;
    }
}
