using Reports.Domain.Model;
using Reports.Excel.Formats;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Reports.Excel.Tests;

/// <summary>Each value is shown with its own precision, not its unit's default.</summary>
public sealed class NumberFormatTests
{
    [Theory]
    [InlineData(4.5, "years", "#,##0.0")]
    [InlineData(0.25, "hours", "#,##0.00")]
    [InlineData(0.001, "percent", "#,##0.000")]
    [InlineData(245, "USD bn", "#,##0")]
    [InlineData(240.1, "USD bn", "#,##0.0")]
    [InlineData(1.25, "EUR bn", "#,##0.00")]
    [InlineData(1_600_000, "people", "#,##0")]
    [InlineData(-2.75, "percent", "#,##0.00")]
    [InlineData(123_456_789.123, "USD m", "#,##0.000")]
    [InlineData(2024, "year", "0")]
    [InlineData(0, "count", "#,##0")]
    [InlineData(0.30000000000000004, "percent", "#,##0.0")]
    [InlineData(0.3333333333333333, "percent", "#,##0.0000000000")]
    [InlineData(1.5e-12, "percent", "0.0E+00")]
    public void A_value_gets_the_fewest_decimals_that_show_it_exactly(double value, string unit, string format)
    {
        NumberFormats.For(value, Units.Find(unit)!).ShouldBe(format);
    }

    [Fact]
    public void Values_shown_together_share_the_decimals_of_the_most_precise()
    {
        NumberFormats.For([12.5, 0.001], Units.Find("percent")!).ShouldBe("#,##0.000");
    }

    [Theory]
    [InlineData("mandate-length", 4.5, "#,##0.0")]
    [InlineData("plenary-break", 0.25, "#,##0.00")]
    [InlineData("tariff-change", 0.001, "#,##0.000")]
    [InlineData("interconnector-share", 12.5, "#,##0.0")]
    [InlineData("memoranda-signed", 3, "#,##0")]
    public void Summary_headline_values_keep_their_own_precision(string id, double value, string format)
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Trilateral());
        var summary = workbook.Worksheet("Summary");

        var cell = summary.Column(8).CellsUsed().Single(c => c.GetString() == id).WorksheetRow().Cell(2);

        cell.GetDouble().ShouldBe(value);
        Workbooks.FormatCode(cell).ShouldBe(format);
    }

    [Theory]
    [InlineData("mandate-length", 4.5, "#,##0.0")]
    [InlineData("plenary-break", 0.25, "#,##0.00")]
    [InlineData("tariff-change", 0.001, "#,##0.000")]
    [InlineData("science-fund", 1.25, "#,##0.00")]
    [InlineData("delegates", 1_234, "#,##0")]
    public void Indicators_values_keep_their_own_precision(string id, double value, string format)
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Trilateral());

        var cell = Workbooks.RowOf(workbook.Worksheet("Indicators"), id).Cell(4);

        cell.GetDouble().ShouldBe(value);
        Workbooks.FormatCode(cell).ShouldBe(format);
    }

    [Fact]
    public void A_chart_shows_all_its_values_with_the_decimals_of_the_most_precise()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Trilateral());
        var charts = workbook.Worksheet("Charts");

        var values = charts.CellsUsed().Where(c => c.HasFormula).ToList();

        values.Count.ShouldBe(2);
        values.ShouldAllBe(c => c.Style.NumberFormat.Format == "#,##0.000");
    }

    [Fact]
    public void The_length_of_the_talks_is_a_number_with_its_own_precision()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Trilateral());
        var summary = workbook.Worksheet("Summary");

        var length = summary.Column(1).CellsUsed().Single(c => c.GetString() == "Length of the talks").CellRight();

        length.GetDouble().ShouldBe(6.5);
        Workbooks.FormatCode(length).ShouldBe("#,##0.0");
        length.CellRight().GetString().ShouldBe("6.5+ hours (“over six and a half hours”)");
    }

    [Fact]
    public void A_chart_s_data_labels_share_the_decimals_and_its_axis_counts_in_whole_steps()
    {
        using var package = Workbooks.Package(Workbooks.Write(Some.Trilateral()).Bytes);
        var chart = ChartTests.ChartsOf(package).Single();

        chart.Descendants<C.DataLabels>().Single().GetFirstChild<C.NumberingFormat>()!.FormatCode!.Value.ShouldBe("#,##0.000");
        chart.Descendants<C.ValueAxis>().Single().GetFirstChild<C.NumberingFormat>()!.FormatCode!.Value.ShouldBe("#,##0");
    }

    [Fact]
    public void An_axis_of_values_below_ten_shows_its_steps_own_decimals()
    {
        var trilateral = Some.Trilateral();
        var small = trilateral with
        {
            Charts = [new ChartSpec("small", "science", "Short spans", ChartKind.Bar, ["Mandate", "Break"], [new ChartSeries("Length", ["mandate-length", "plenary-break"])], null)],
        };
        using var package = Workbooks.Package(Workbooks.Write(small with { Indicators = [.. small.Indicators.Select(i => i.Id == "plenary-break" ? i with { Unit = Units.Find("years")! } : i)] }).Bytes);
        var chart = ChartTests.ChartsOf(package).Single();

        chart.Descendants<C.DataLabels>().Single().GetFirstChild<C.NumberingFormat>()!.FormatCode!.Value.ShouldBe("#,##0.00");
        chart.Descendants<C.ValueAxis>().Single().GetFirstChild<C.NumberingFormat>()!.FormatCode!.Value.ShouldBe("General");
    }
}
