using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Reports.Domain.Model;
using Reports.Excel.Composition;
using Reports.Excel.Text;

namespace Reports.Excel.Tests;

public sealed class EdgeCaseTests
{
    [Fact]
    public void A_summit_without_charts_or_agreements_still_makes_a_valid_workbook()
    {
        var seed = Some.Summit();
        var bare = seed with
        {
            Indicators = [seed.Indicators[0]],
            Charts = [new ChartSpec("empty", "trade", "Nothing to draw", ChartKind.Bar, [], [], null)],
            Agreements = [],
            Summary = new BriefSummary([], []),
            Event = seed.Event with { DurationIndicatorId = null, DocumentsSignedIndicatorId = null },
        };

        var (bytes, result) = Workbooks.Write(bare);

        result.ChartCount.ShouldBe(0);
        using (var package = Workbooks.Package(bytes))
            new OpenXmlValidator(FileFormatVersions.Office2016).Validate(package).ShouldBeEmpty();
        using var workbook = Workbooks.Open(bytes);
        workbook.Worksheet("Charts").CellsUsed().Select(c => c.GetString()).ShouldContain("Not drawn (no categories or no series): Nothing to draw");
        workbook.Worksheet("Agreements").Table("Agreements").RangeAddress.ToString().ShouldBe("A1:E2");
    }

    [Fact]
    public void An_indicator_list_too_long_for_one_cell_continues_on_the_next_rows()
    {
        var seed = Some.Summit();
        var many = Enumerable.Range(0, 2_000).Select(i => seed.Indicators[0] with { Id = $"indicator-with-a-rather-long-identifier-number-{i:D5}" }).ToList();

        var rows = new SourceRows(seed with { Indicators = many });

        var kremlin = rows.Rows.Where(r => r.Source.Id == "kremlin").ToList();
        kremlin.Count.ShouldBeGreaterThan(1);
        kremlin.ShouldAllBe(r => string.Join(SourceRows.IdSeparator, r.IndicatorIds).Length <= CellText.MaxLength);
        kremlin.SelectMany(r => r.IndicatorIds).ShouldBe(many.Select(i => i.Id));
        rows.Rows.Single(r => r.Row == rows.RowOf(many[^1].Id)).IndicatorIds.ShouldContain(many[^1].Id);
    }

    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("+7", true)]
    [InlineData("-3", true)]
    [InlineData("@x", true)]
    [InlineData("\tx", true)]
    [InlineData("\rx", true)]
    [InlineData("\nx", true)]
    [InlineData("x=1", false)]
    [InlineData("", false)]
    [InlineData("~USD 200 bn", false)]
    public void Only_text_starting_with_a_formula_character_is_risky(string text, bool risky)
    {
        InjectionGuard.IsRisky(text).ShouldBe(risky);
    }

    [Fact]
    public void Over_long_text_is_cut_to_the_cell_limit()
    {
        var fitted = CellText.Fit(new string('x', 40_000));

        fitted.Length.ShouldBe(CellText.MaxLength);
        fitted[^1].ShouldBe('…');
    }

    [Fact]
    public void Text_widths_grow_with_content_and_count_wide_scripts_double()
    {
        TextWidth.Columns("Bilateral trade turnover").ShouldBeGreaterThan(TextWidth.Columns("Trade"));
        TextWidth.Columns("中国中国").ShouldBeGreaterThan(TextWidth.Columns("abcd") * 1.5);
        TextWidth.WrappedLines(new string('x', 400), 40).ShouldBeGreaterThan(5);
        TextWidth.WrappedLines("short", 40).ShouldBe(1);
    }

    [Theory]
    [InlineData("visitors-russia-to-china-2024")]
    [InlineData("visitors-china-to-russia-2024")]
    [InlineData("power-of-siberia-1-volume")]
    [InlineData("Per year; the pipeline has reached its full design capacity.")]
    public void Text_in_a_column_sized_to_it_takes_one_line(string text)
    {
        // Column widths are stored to hundredths of a character, which may round just below the text's width.
        var width = Math.Round(TextWidth.Columns(text), 2);

        TextWidth.WrappedLines(text, width).ShouldBe(1);
    }
}
