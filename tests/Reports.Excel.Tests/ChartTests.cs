using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reports.Domain.Model;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Reports.Excel.Tests;

public sealed partial class ChartTests
{
    readonly Summit summit = Some.Summit();

    [Fact]
    public void Charts_sheet_has_one_native_chart_part_per_chart_spec()
    {
        using var package = Workbooks.Package(Workbooks.Write(summit).Bytes);

        var charts = ChartsOf(package);

        charts.Count.ShouldBe(summit.Charts.Count);
        charts.Select(c => c.Descendants<C.Title>().First().InnerText).ShouldBe(summit.Charts.Select(c => c.Title));
    }

    [Fact]
    public void Bar_and_grouped_bar_are_clustered_and_stacked_bar_is_stacked()
    {
        using var package = Workbooks.Package(Workbooks.Write(summit).Bytes);

        var groupings = ChartsOf(package).Select(c => c.Descendants<C.BarChart>().Single().GetFirstChild<C.BarGrouping>()!.Val!.Value);

        groupings.ShouldBe([C.BarGroupingValues.Clustered, C.BarGroupingValues.Stacked, C.BarGroupingValues.Clustered]);
    }

    [Fact]
    public void Every_series_value_cell_is_a_formula_reading_its_indicators_value()
    {
        using var package = Workbooks.Package(Workbooks.Write(summit).Bytes);
        var indicatorRows = IdsByRow(Sheet(package, "Indicators"));
        var blockCells = Cells(Sheet(package, "Charts"));

        foreach (var (spec, chart) in summit.Charts.Zip(ChartsOf(package)))
        {
            var series = chart.Descendants<C.BarChartSeries>().ToList();
            series.Count.ShouldBe(spec.Series.Count);
            foreach (var (expected, actual) in spec.Series.Zip(series))
            {
                var cells = RangeCells(actual.GetFirstChild<C.Values>()!.NumberReference!.Formula!.Text);
                cells.Count.ShouldBe(spec.Categories.Count);
                foreach (var (id, cell) in expected.IndicatorIds.Zip(cells))
                    AssertReads(blockCells, cell, id, indicatorRows);
            }
        }
    }

    [Fact]
    public void Series_names_categories_titles_and_labels_come_from_the_spec_and_units()
    {
        using var package = Workbooks.Package(Workbooks.Write(summit).Bytes);
        var gas = ChartsOf(package)[1];

        var series = gas.Descendants<C.BarChartSeries>().ToList();
        series.Select(s => s.SeriesText!.StringReference!.Descendants<C.NumericValue>().Single().Text).ShouldBe(["Supplied in 2024", "Additional by 2027"]);
        series[0].GetFirstChild<C.CategoryAxisData>()!.Descendants<C.NumericValue>().Select(v => v.Text).ShouldBe(["2024", "2027"]);
        var nameCell = RangeCells(series[0].SeriesText!.StringReference!.Formula!.Text).Single();
        var sharedStrings = package.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ToList();
        sharedStrings[int.Parse(Cells(Sheet(package, "Charts"))[nameCell].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)].InnerText.ShouldBe("Supplied in 2024");
        gas.Descendants<C.ValueAxis>().Single().Title!.InnerText.ShouldBe("billion cubic metres");
        gas.Descendants<C.CategoryAxis>().Single().Title.ShouldNotBeNull();
        series.ShouldAllBe(s => s.GetFirstChild<C.DataLabels>()!.GetFirstChild<C.ShowValue>()!.Val!.Value);
    }

    [Fact]
    public void Block_formula_cells_cache_the_current_values()
    {
        using var package = Workbooks.Package(Workbooks.Write(summit).Bytes);
        var cells = Cells(Sheet(package, "Charts"));
        var trade = ChartsOf(package)[0].Descendants<C.BarChartSeries>().Single();

        var values = RangeCells(trade.GetFirstChild<C.Values>()!.NumberReference!.Formula!.Text).Select(r => cells[r].CellValue!.Text);

        values.ShouldBe(["240.1", "245"]);
    }

    [Fact]
    public void Chart_data_block_reads_a_moved_value_and_the_chart_follows_it()
    {
        // Editing the Indicators cell is what Excel would recalculate; here the chain of references is followed.
        using var package = Workbooks.Package(Workbooks.Write(summit).Bytes);
        var trade = ChartsOf(package)[0].Descendants<C.BarChartSeries>().Single();
        var blockCell = RangeCells(trade.GetFirstChild<C.Values>()!.NumberReference!.Formula!.Text)[1];

        var formula = Cells(Sheet(package, "Charts"))[blockCell].CellFormula!.Text;

        formula.ShouldBe("Indicators!$D$2");
        IdsByRow(Sheet(package, "Indicators"))[2].ShouldBe("trade-turnover-2024");
    }

    [Fact]
    public void Charts_print_on_landscape_pages_breaking_only_between_charts()
    {
        using var workbook = Workbooks.WriteAndOpen(summit);
        var sheet = workbook.Worksheet("Charts");
        var titleRows = sheet.Column(1).CellsUsed().Where(c => summit.Charts.Any(s => s.Title == c.GetString())).Select(c => c.Address.RowNumber).ToList();

        sheet.PageSetup.PageOrientation.ShouldBe(ClosedXML.Excel.XLPageOrientation.Landscape);
        sheet.PageSetup.Scale.ShouldBeInRange(10, 100);
        sheet.PageSetup.PrintAreas.Single().RangeAddress.LastAddress.ColumnLetter.ShouldBe("M");
        sheet.PageSetup.RowBreaks.ShouldNotBeEmpty();
        sheet.PageSetup.RowBreaks.ShouldAllBe(r => titleRows.Contains(r + 1));
    }

    static void AssertReads(Dictionary<string, Cell> blockCells, string reference, string? id, Dictionary<int, string> indicatorRows)
    {
        if (id is null)
        {
            (blockCells.TryGetValue(reference, out var empty) && empty.CellFormula is not null).ShouldBeFalse();
            return;
        }
        var match = IndicatorReference().Match(blockCells[reference].CellFormula!.Text);
        match.Success.ShouldBeTrue();
        indicatorRows[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].ShouldBe(id);
    }

    /// <summary>"Charts!$B$6:$B$7" → ["B6", "B7"].</summary>
    internal static List<string> RangeCells(string formula)
    {
        var match = ChartRange().Match(formula);
        match.Success.ShouldBeTrue(formula);
        var column = match.Groups[1].Value;
        var first = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var last = match.Groups[5].Success ? int.Parse(match.Groups[5].Value, System.Globalization.CultureInfo.InvariantCulture) : first;
        return Enumerable.Range(first, last - first + 1).Select(r => column + r).ToList();
    }

    internal static List<C.ChartSpace> ChartsOf(SpreadsheetDocument package)
    {
        var drawing = Sheet(package, "Charts").DrawingsPart.ShouldNotBeNull();
        return drawing.WorksheetDrawing.Descendants<C.ChartReference>()
            .Select(r => ((ChartPart)drawing.GetPartById(r.Id!.Value!)).ChartSpace).ToList();
    }

    internal static WorksheetPart Sheet(SpreadsheetDocument package, string name)
    {
        var workbook = package.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
    }

    internal static Dictionary<string, Cell> Cells(WorksheetPart sheet) =>
        sheet.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

    static Dictionary<int, string> IdsByRow(WorksheetPart indicators) =>
        indicators.Worksheet.Descendants<Row>().Skip(1).ToDictionary(r => (int)r.RowIndex!.Value, r => r.Elements<Cell>().First().InnerText);

    [GeneratedRegex(@"^Indicators!\$D\$(\d+)$")]
    internal static partial Regex IndicatorReference();

    [GeneratedRegex(@"^Charts!\$([A-Z]+)\$(\d+)(:\$([A-Z]+)\$(\d+))?$")]
    private static partial Regex ChartRange();
}
