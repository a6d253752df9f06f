namespace Reports.Layout.Model;

/// <summary>
/// Alternative forms of the same content, best first (a cover with its party table, then with a smaller
/// title, then with the table moved to the next page). The first choice whose blocks up to its first
/// <see cref="PageBreak"/> fit on one page is laid out, with no page break inside that part; when
/// none fits, the last choice flows as it is. Fitting is measured against a whole page, so the block
/// belongs where a page starts.
/// </summary>
public sealed record FirstThatFits(IReadOnlyList<IReadOnlyList<Block>> Choices) : Block;
