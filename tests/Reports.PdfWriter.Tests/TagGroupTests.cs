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
        (row[0].Group, row[0].Page, row[0].Number, row[0].IsAnnotation).ShouldBe((null, 0, 7, false));
        row[1].Group.ShouldBeSameAs(cell);
        (row[2].Page, row[2].Number, row[2].IsAnnotation).ShouldBe((2, 1, true));
        (row[3].Page, row[3].Number, row[3].IsAnnotation).ShouldBe((3, 4, false));
        cell.Count.ShouldBe(0);
        Should.Throw<ArgumentOutOfRangeException>(() => row[4]);
    }
}
