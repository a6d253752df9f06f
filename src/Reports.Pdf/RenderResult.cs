using Reports.Text;
namespace Reports.Pdf;

/// <summary>What rendering produced: the page count, the 1-based page of every heading anchor, and the font files drawn with.</summary>
public sealed record RenderResult(int PageCount, IReadOnlyDictionary<string, int> AnchorPages)
{
    /// <summary>Every font file the PDF embeds a subset of, by file name.</summary>
    public IReadOnlyList<UsedFont> Fonts { get; init; } = [];
}
