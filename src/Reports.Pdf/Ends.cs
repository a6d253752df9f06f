using Reports.Layout.Paging;

namespace Reports.Pdf;

/// <summary>
/// What the renderer asks once every page is drawn: <see cref="Laid"/> (the layout is complete: check what needs
/// all of it, such as links' targets), then each page's late boxes for the page count, then the bookmarks.
/// </summary>
internal sealed record Ends<TLate>(Action Laid, Func<TLate, int, LateBoxes> Complete, Func<IReadOnlyList<OutlineEntry>> Outline);
