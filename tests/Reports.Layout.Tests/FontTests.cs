using Reports.Layout.Model;

namespace Reports.Layout.Tests;

/// <summary>The document's characters checked against the fonts before layout: what no font draws is reported, never a box.</summary>
public class FontTests
{
    private const string DejaVuDirectory = "/usr/share/fonts/truetype/dejavu";

    /// <summary>The shipped fonts alone: a machine with Noto's hieroglyphs installed must not change what these tests see.</summary>
    private static readonly LayoutOptions ShippedOnly = new(PageSizeKind.A4, [], IgnoreSystemFonts: true);

    [Fact]
    public void A_character_no_font_can_draw_is_reported_with_its_text_code_point_and_origin()
    {
        var document = Some.Undecorated(
            Some.Paragraph("Fine text"),
            new Paragraph(Span.Plain("Hieroglyph 𓀀 here")) { Origin = "$.themes[2].summary[0]" },
            new Table([new TableColumn("A", 1)], [["ok"], ["also 𓀁"]]) { Origin = "$.tables[0]" });

        var missing = DocumentLayout.MissingGlyphs(document, ShippedOnly);

        missing.Count.ShouldBe(2);
        missing[0].CodePoint.ShouldBe(0x13000);
        missing[0].CodePointLabel.ShouldBe("U+13000");
        missing[0].Origin.ShouldBe("$.themes[2].summary[0]");
        missing[0].Text.ShouldContain("Hieroglyph");
        missing[1].CodePoint.ShouldBe(0x13001);
        missing[1].Origin.ShouldBe("$.tables[0]");
        missing[1].Where.ShouldBe("row 2, column 1");
    }

    [Fact]
    public void Laying_out_a_document_with_a_character_no_font_draws_is_a_programming_error_not_a_box()
    {
        var document = Some.Undecorated(new Paragraph(Span.Plain("Hieroglyph 𓀀 here")) { Origin = "$.themes[2].summary[0]" });

        var error = Should.Throw<InvalidOperationException>(() => LaidOut.Of(document, ShippedOnly));

        error.Message.ShouldContain("U+13000");
        error.Message.ShouldContain("MissingGlyphs");
    }

    [Fact]
    public void Chart_labels_that_only_two_fonts_together_can_draw_are_no_problem_and_lay_out()
    {
        var fonts = Directory.CreateTempSubdirectory("reports-mono-").FullName;
        File.Copy(Path.Combine(DejaVuDirectory, "DejaVuSansMono.ttf"), Path.Combine(fonts, "DejaVuSansMono.ttf"));
        var chart = Some.Chart() with { Categories = ["2019 \u2312", "2020", "2021 \u01C4", "2022", "2023"] };
        var document = Some.Undecorated(new ChartBlock(chart) { Origin = "$.charts[4]" });

        var missing = DocumentLayout.MissingGlyphs(document, new LayoutOptions(PageSizeKind.A4, [fonts]));

        missing.ShouldBeEmpty();
        LaidOut.Of(document, new LayoutOptions(PageSizeKind.A4, [fonts])).Pages[0].Boxes.OfType<Paging.PlacedChart>().ShouldHaveSingleItem();
    }
}
