using Reports.PdfWriter.Tagging;

namespace Reports.PdfWriter.Tests;

/// <summary>A structure element keeps its children in the order they were added, whatever their number.</summary>
public sealed class TagGroupTests
{
    [Fact]
    public void An_element_keeps_its_first_and_later_children_in_the_order_added()
    {
        var row = new TagGroup(Tag.TR);
        var cell = new TagGroup(Tag.TD);

        row.Add(new ContentId(0, 7)).Add(cell).Add(new AnnotationId(2, 1)).Add(new ContentId(3, 4));

        row.Count.ShouldBe(4);
        var children = new List<TagChild>();
        foreach (var child in row.Children)
            children.Add(child);
        children.Count.ShouldBe(4);
        (children[0].Group, children[0].Page, children[0].Number, children[0].IsAnnotation).ShouldBe((null, 0, 7, false));
        children[1].Group.ShouldBeSameAs(cell);
        (children[2].Page, children[2].Number, children[2].IsAnnotation).ShouldBe((2, 1, true));
        (children[3].Page, children[3].Number, children[3].IsAnnotation).ShouldBe((3, 4, false));
        cell.Count.ShouldBe(0);
        cell.Children.GetEnumerator().MoveNext().ShouldBeFalse();
    }

    [Fact]
    public void Elements_opened_from_one_root_keep_their_own_children_when_their_adds_interleave_across_chunks()
    {
        // Two rows filled in turn, 3,000 children each: more than two chunks of the shared store (1,024 entries).
        var table = new TagGroup(Tag.Table);
        var first = table.Open(Tag.TR);
        var second = table.Open(Tag.TR);
        for (var i = 0; i < 3000; i++)
        {
            first.Add(new ContentId(0, i));
            second.Add(new ContentId(1, i));
        }

        var seen = new List<(int Page, int Number)>();
        foreach (var child in first.Children)
            seen.Add((child.Page, child.Number));
        foreach (var child in second.Children)
            seen.Add((child.Page, child.Number));

        seen.ShouldBe([.. Enumerable.Range(0, 3000).Select(i => (0, i)), .. Enumerable.Range(0, 3000).Select(i => (1, i))]);
        table.Count.ShouldBe(2);
    }
}
