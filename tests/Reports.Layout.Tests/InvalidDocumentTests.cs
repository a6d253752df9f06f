using Reports.Layout.Model;

namespace Reports.Layout.Tests;

public class InvalidDocumentTests
{
    public static TheoryData<Block> Invalid => new()
    {
        new Spacer(double.NaN) { Origin = "$.bad" },
        new ChartBlock(Some.Chart(), -5) { Origin = "$.bad" },
        new Paragraph([new Span("x", new SpanStyle(Size: double.NaN))]) { Origin = "$.bad" },
        new Paragraph([new Span("x", new SpanStyle(Color: "navy"))]) { Origin = "$.bad" },
        new Heading(4, Span.Plain("Too deep"), null) { Origin = "$.bad" },
        new Table([], []) { Origin = "$.bad" },
        new Table([new TableColumn("A", 0)], []) { Origin = "$.bad" },
        new ChartBlock(Some.Chart(ChartKind.Bar, 2)) { Origin = "$.bad" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_inconsistent_block_is_rejected_naming_its_origin(Block block)
    {
        var error = Should.Throw<ArgumentException>(() => LaidOut.Of(Some.Undecorated(block)));

        error.Message.ShouldContain("$.bad");
    }

    [Fact]
    public void An_empty_document_is_one_blank_page()
    {
        var rendered = Rendered.Of(Some.Undecorated());

        rendered.Layout.Pages.Count.ShouldBe(1);
        using var pdf = rendered.Open();
        pdf.NumberOfPages.ShouldBe(1);
    }
}
