using System.Globalization;
using ClosedXML.Excel;

namespace Reports.Excel.Tests;

public sealed class WorkbookShapeTests
{
    [Fact]
    public void Workbook_has_the_six_sheets_in_order()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Summit());

        workbook.Worksheets.Select(w => w.Name).ShouldBe(["Summary", "Indicators", "Charts", "Agreements", "Sources", "About"]);
    }

    [Fact]
    public void Result_counts_rows_and_charts()
    {
        var (_, result) = Workbooks.Write(Some.Summit());

        result.IndicatorRows.ShouldBe(14);
        result.ChartCount.ShouldBe(3);
        result.NeutralisedCells.ShouldBe(0);
    }

    [Fact]
    public void Summary_names_the_event_and_shows_headline_figures_as_numbers()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Summit());
        var summary = workbook.Worksheet("Summary");

        summary.Cell(1, 1).GetString().ShouldBe("Russia–China summit in Moscow");
        var texts = summary.CellsUsed().Select(c => c.GetString()).ToList();
        texts.ShouldContain("Moscow, the Kremlin");
        texts.ShouldContain("Vladimir Putin (Владимир Путин), President (Russia)");
        texts.ShouldContain(t => t.Contains("0.1.0-test", StringComparison.Ordinal));
        var date = summary.CellsUsed().Single(c => c.DataType == XLDataType.DateTime);
        date.GetDateTime().ShouldBe(new DateTime(2025, 5, 8));
        var trade = summary.CellsUsed().Single(c => c.GetString() == "Bilateral trade turnover").CellRight();
        trade.DataType.ShouldBe(XLDataType.Number);
        trade.GetDouble().ShouldBe(245);
        Workbooks.FormatCode(trade).ShouldBe("#,##0");
    }

    [Fact]
    public void Agreements_lists_every_document_with_its_category()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Summit());
        var table = workbook.Worksheet("Agreements").Table("Agreements");

        var rows = table.DataRange.Rows().Select(r => (r.Cell(1).GetString(), r.Cell(2).GetString())).ToList();

        rows.ShouldBe(
        [
            ("Joint statements", "Joint statement on deepening comprehensive partnership"),
            ("Joint statements", "Joint statement on global strategic stability"),
            ("Intergovernmental agreements", "Agreement on investment protection"),
            ("Intergovernmental agreements", "Agreement on cooperation in education"),
        ]);
    }

    [Fact]
    public void About_names_generator_input_and_schema()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Summit());
        var about = workbook.Worksheet("About");

        string Fact(string label) => about.Column(1).CellsUsed().Single(c => c.GetString() == label).CellRight().GetString();

        Fact("Generator").ShouldBe("Reports");
        Fact("Generator version").ShouldBe("0.1.0-test");
        Fact("Input file").ShouldBe("russia-china-summit-2025.json");
        Fact("Input SHA-256").ShouldBe(new string('a', 64));
        Fact("Generated at").ShouldBe("2025-05-09 12:30:00 UTC");
        Fact("Schema version").ShouldBe("1.0");
    }

    [Fact]
    public void Workbook_properties_come_from_the_summit_and_options()
    {
        using var package = Workbooks.Package(Workbooks.Write(Some.Summit()).Bytes);
        var properties = package.PackageProperties;

        properties.Title.ShouldBe("Russia–China summit in Moscow");
        properties.Creator.ShouldBe("Reports");
        properties.Subject.ShouldNotBeNullOrWhiteSpace();
        properties.Keywords!.ShouldContain("Russia");
        properties.Created.ShouldBe(Some.GeneratedAt.UtcDateTime);
        properties.Modified.ShouldBe(Some.GeneratedAt.UtcDateTime);
    }

    [Fact]
    public void Sources_lists_every_excerpt_with_the_indicators_it_supports()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Summit());
        var sources = workbook.Worksheet("Sources").Table("Sources");

        var trade = sources.DataRange.Rows().Single(r => r.Cell(6).GetString().StartsWith("Trade turnover grew", StringComparison.Ordinal));

        trade.Cell(1).GetString().ShouldBe("kremlin");
        trade.Cell(7).GetString().ShouldBe("trade-turnover-2024, trade-turnover-2023");
        sources.DataRange.Rows().Select(r => r.Cell(1).GetString()).Distinct().ShouldBe(["kremlin", "xinhua", "tass", "unused"]);
        trade.Cell(4).GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).ShouldBe("2025-05-08");
        trade.Cell(5).GetHyperlink().ExternalAddress.ShouldBe(new Uri("http://en.kremlin.ru/events/president/news/76898"));
    }
}
