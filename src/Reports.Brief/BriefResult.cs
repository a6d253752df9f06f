using Reports.Text;

namespace Reports.Brief;

/// <summary>What writing a brief produced: its pages, the page of each section, and the font files it was drawn with.</summary>
public sealed record BriefResult(int PageCount, IReadOnlyDictionary<string, int> SectionPages)
{
    public IReadOnlyList<UsedFont> Fonts { get; init; } = [];
}
