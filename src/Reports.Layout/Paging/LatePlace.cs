namespace Reports.Layout.Paging;

/// <summary>
/// Where in a page's drawing order its late content goes (<see cref="LateBoxes"/>: the footer, after the running
/// header and before the markings and the watermark, as the footer always was). It draws nothing itself.
/// </summary>
public sealed record LatePlace() : PlacedBox(new Rect(0, 0, 0, 0));
