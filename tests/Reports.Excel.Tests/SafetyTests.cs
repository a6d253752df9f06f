using ClosedXML.Excel;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reports.Excel.Tests;

public sealed class SafetyTests
{
    static bool IsRisky(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    [Fact]
    public void Hostile_texts_never_become_formulas_anywhere()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Hostile());

        foreach (var cell in workbook.Worksheets.SelectMany(w => w.CellsUsed()))
        {
            if (!cell.HasFormula)
                continue;
            cell.Worksheet.Name.ShouldBe("Charts", $"{cell.Address} holds a formula");
            ChartTests.IndicatorReference().IsMatch(cell.FormulaA1).ShouldBeTrue(cell.FormulaA1);
        }
    }

    [Fact]
    public void Only_the_chart_block_holds_formulas_in_the_package()
    {
        using var package = Workbooks.Package(Workbooks.Write(Some.Hostile()).Bytes);

        foreach (var sheet in package.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>())
        {
            var formulas = ChartTests.Sheet(package, sheet.Name!).Worksheet.Descendants<CellFormula>().Select(f => f.Text).ToList();
            if (sheet.Name != "Charts")
                formulas.ShouldBeEmpty();
            formulas.ShouldAllBe(f => ChartTests.IndicatorReference().IsMatch(f));
        }
    }

    [Fact]
    public void Hostile_texts_are_plain_text_cells_marked_with_the_quote_prefix()
    {
        var (bytes, result) = Workbooks.Write(Some.Hostile());
        using var workbook = Workbooks.Open(bytes);

        var risky = workbook.Worksheets.SelectMany(w => w.CellsUsed()).Where(c => !c.HasFormula && IsRisky(c.GetString())).ToList();

        risky.Count.ShouldBeGreaterThan(100);
        risky.ShouldAllBe(c => c.DataType == XLDataType.Text && c.Style.IncludeQuotePrefix);
        result.NeutralisedCells.ShouldBe(risky.Count);
    }

    [Fact]
    public void Hostile_texts_keep_their_exact_visible_text()
    {
        var hostile = Some.Hostile();
        using var workbook = Workbooks.WriteAndOpen(hostile);
        var indicators = workbook.Worksheet("Indicators");

        foreach (var (indicator, i) in hostile.Indicators.Select((x, i) => (x, i)))
        {
            indicators.Cell(i + 2, 3).GetString().ShouldBe(indicator.Label);
            indicators.Cell(i + 2, 8).GetString().ShouldBe(indicator.Period);
            indicators.Cell(i + 2, 11).GetString().ShouldBe(indicator.SourceExcerpt);
        }
    }

    [Fact]
    public void Text_that_looks_like_a_number_or_date_stays_text()
    {
        var seed = Some.Summit();
        var summit = seed with
        {
            Indicators = seed.Indicators.Select((x, i) => x with { Label = i % 2 == 0 ? "0123" : "2024-01-02", Period = "1e5", Note = "TRUE" }).ToList(),
        };
        using var workbook = Workbooks.WriteAndOpen(summit);
        var row = workbook.Worksheet("Indicators").Row(2);

        row.Cell(3).DataType.ShouldBe(XLDataType.Text);
        row.Cell(3).GetString().ShouldBe("0123");
        row.Cell(8).GetString().ShouldBe("1e5");
        row.Cell(13).DataType.ShouldBe(XLDataType.Text);
        workbook.Worksheet("Indicators").Cell(3, 3).GetString().ShouldBe("2024-01-02");
    }

    [Fact]
    public void Literal_escape_sequences_and_control_characters_survive_as_excel_reads_them()
    {
        // Excel and LibreOffice decode _xHHHH_ in cell text and read _x005F_ as a literal underscore (checked by
        // converting to CSV with LibreOffice). ClosedXML's reader ignores _x005F_, so the raw text is decoded here.
        const string label = "_x0041_ and \u0001 bell\r";
        var seed = Some.Summit();
        var summit = seed with { Indicators = seed.Indicators.Select(x => x with { Label = label }).ToList() };
        using var package = Workbooks.Package(Workbooks.Write(summit).Bytes);

        var cell = ChartTests.Cells(ChartTests.Sheet(package, "Indicators"))["C2"];

        cell.InlineString!.InnerText.ShouldBe("_x005F_x0041_ and _x0001_ bell_x000D_");
        SpreadsheetText.Decode(cell.InlineString.InnerText).ShouldBe(label);
    }
}
