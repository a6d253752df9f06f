namespace Reports.Layout.Paging;

/// <summary>The last step of a page: its table-of-contents numbers, then the running header and footer, then the markings.</summary>
/// <remarks>A right-to-left document's page is mirrored last (<see cref="PageMirror"/>), its furniture with it.</remarks>
public sealed class PageFinisher(TocResolver toc, DecorationLayout decorations, MarkingLayout markings, int pageCount, double? mirrorWidth = null)
{
    public int PageCount => pageCount;

    public void Finish(List<PlacedBox> page, int number)
    {
        toc.Resolve(page);
        decorations.Decorate(page, number, pageCount);
        markings.Mark(page, number);
        if (mirrorWidth is { } width)
            PageMirror.Mirror(page, width);
    }
}
