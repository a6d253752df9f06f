using Reports.Layout.Model;
using Reports.Layout.Paging;

namespace Reports.Layout.Tests;

/// <summary>Queries over laid-out pages used by several tests.</summary>
internal static class LaidOut
{
    public static LaidOutDocument Of(DocumentSpec document, LayoutOptions? options = null) =>
        DocumentLayout.Layout(document, options ?? LayoutOptions.Default);

    public static IEnumerable<PlacedText> Texts(this LaidOutPage page) => page.Boxes.OfType<PlacedText>();

    /// <summary>The body text of a page line by line (runs joined in reading order), header and footer excluded.</summary>
    public static List<string> Lines(this LaidOutPage page, int? block = null) =>
        [.. page.Texts()
            .Where(t => block is null ? t.BlockIndex >= 0 : t.BlockIndex == block)
            .GroupBy(t => Math.Round(t.Bounds.Y, 2))
            .OrderBy(g => g.Key)
            .Select(g => string.Concat(g.OrderBy(t => t.Bounds.X).Select(t => t.Text)))];

    /// <summary>Pages (1-based) on which the block has boxes.</summary>
    public static List<int> PagesOf(this LaidOutDocument layout, int block) =>
        [.. layout.Pages.Where(p => p.Boxes.Any(b => b.BlockIndex == block)).Select(p => p.Number)];

    /// <summary>All text of a block, in page and reading order, lines joined with a space.</summary>
    public static string TextOf(this LaidOutDocument layout, int block) =>
        string.Join(' ', layout.Pages.SelectMany(p => p.Lines(block)));
}
