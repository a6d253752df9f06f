using Reports.Layout.Model;

namespace Reports.Layout.Tests;

/// <summary>No page holds only the last scrap of a block that could have stayed with its neighbours.</summary>
public class ShortPageTests
{
    public static TheoryData<int> Offsets => [.. Enumerable.Range(0, 60).Select(i => i * 7)];

    [Theory]
    [MemberData(nameof(Offsets))]
    public void The_last_row_of_a_table_never_stands_alone_on_a_page(int offset)
    {
        var layout = LaidOut.Of(Some.Undecorated(new Spacer(1 + offset), Some.Table(24)));

        var rowsPerPage = layout.Pages.Select(p => p.Texts().Count(t => t.BlockIndex == 1 && t.Text.StartsWith("Row ", StringComparison.Ordinal))).Where(n => n > 0).ToList();
        rowsPerPage[^1].ShouldBeGreaterThanOrEqualTo(2, $"rows per page: {string.Join(", ", rowsPerPage)}");
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void The_last_item_of_a_list_never_opens_a_page_alone(int offset)
    {
        var items = Enumerable.Range(1, 12).Select(i => Span.Plain($"Item {i}: {Some.Words(8, i)}")).ToList();
        var layout = LaidOut.Of(Some.Undecorated(new Spacer(400 + offset), new BulletList(items)));

        var last = layout.Pages.Single(p => p.Lines(1).Any(l => l.Contains("Item 12:", StringComparison.Ordinal)));
        last.Lines(1).ShouldContain(l => l.Contains("Item 11:", StringComparison.Ordinal), $"item 12 is alone on page {last.Number}");
    }
}
