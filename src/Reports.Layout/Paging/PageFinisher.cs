namespace Reports.Layout.Paging;

/// <summary>The last step of a page: its table-of-contents numbers, then the running header and footer, then the markings.</summary>
public sealed class PageFinisher(TocResolver toc, DecorationLayout decorations, MarkingLayout markings, int pageCount)
{
    public int PageCount => pageCount;

    public void Finish(List<PlacedBox> page, int number)
    {
        toc.Resolve(page);
        decorations.Decorate(page, number, pageCount);
        markings.Mark(page, number);
    }
}
