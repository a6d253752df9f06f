using Reports.Layout.Model;
using Reports.Layout.Paging;
using Reports.Layout.Structure;
using Reports.PdfWriter.Tests;

namespace Reports.Pdf.Tests;

/// <summary>A table read cell by cell: every row has an element for every column, an empty cell included.</summary>
public sealed class TaggedTableTests
{
    [Fact]
    public void An_empty_cell_and_a_short_row_still_give_the_row_one_cell_per_column()
    {
        var table = new Table(
            [new TableColumn("Name", 1), new TableColumn("Value", 1), new TableColumn("Note", 1)],
            [["Alpha", "", "first"], ["Beta"]]);

        var rendered = Rendered.Of(Some.Undecorated(table));

        rendered.Layout.Pages[0].Boxes.OfType<PlacedMark>().Count().ShouldBe(3);
        rendered.Layout.Pages[0].Boxes.OfType<PlacedMark>().ShouldAllBe(m => m.Node!.Role == StructureRole.DataCell);
        using var pdf = rendered.Open();
        var tree = new PdfObjects(pdf).StructureTree();
        var body = tree.Single().Elements.Single().Elements.Single(e => e.Type == "TBody");
        body.Elements.Select(tr => tr.Elements.Count).ShouldBe([3, 3]);
        body.Elements[0].Elements[1].Contents.ShouldBeEmpty();
    }
}
