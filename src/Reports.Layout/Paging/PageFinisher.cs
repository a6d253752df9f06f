namespace Reports.Layout.Paging;

/// <summary>The last step of a page: its table-of-contents numbers, then the running header and footer.</summary>
internal sealed class PageFinisher(TocResolver toc, DecorationLayout decorations, int pageCount)
{
    public int PageCount => pageCount;

    public void Finish(List<PlacedBox> page, int number)
    {
        toc.Resolve(page);
        decorations.Decorate(page, number, pageCount);
    }
}
