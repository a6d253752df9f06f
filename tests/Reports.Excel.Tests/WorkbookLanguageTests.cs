using Reports.Domain.Model;
using Reports.Domain.Wording;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Reports.Excel.Tests;

/// <summary>The workbook's own words (sheet names, headers, sentences) in its language; references follow the names.</summary>
public sealed class WorkbookLanguageTests
{
    readonly Summit summit = Some.Summit();

    static WorkbookOptions In(string code) => Some.Options with { Language = Language.Find(code) };

    [Theory]
    [InlineData("ru", new[] { "Сводка", "Показатели", "Диаграммы", "Соглашения", "Источники", "О книге" })]
    [InlineData("zh", new[] { "摘要", "指标", "图表", "协议", "来源", "关于" })]
    [InlineData("fr", new[] { "Synthèse", "Indicateurs", "Graphiques", "Accords", "Sources", "À propos" })]
    [InlineData("en", new[] { "Summary", "Indicators", "Charts", "Agreements", "Sources", "About" })]
    public void Sheets_are_named_in_the_language(string code, string[] expected)
    {
        using var workbook = Workbooks.Open(Workbooks.Write(summit, In(code)).Bytes);

        workbook.Worksheets.Select(s => s.Name).ShouldBe(expected);
    }

    [Fact]
    public void Column_headers_and_words_in_cells_are_in_the_language()
    {
        using var workbook = Workbooks.Open(Workbooks.Write(summit, In("ru")).Bytes);
        var indicators = workbook.Worksheet("Показатели");

        indicators.Row(1).Cells(1, 5).Select(c => c.GetString()).ShouldBe(["Идентификатор", "Тема", "Показатель", "Значение", "Оговорка"]);
        indicators.Column(5).CellsUsed().Skip(1).Select(c => c.GetString()).Distinct().ShouldBeSubsetOf(["точно", "примерно", "не менее", "более", "до", "почти"]);
        workbook.Worksheet("О книге").Cell(1, 1).GetString().ShouldBe("Об этой книге");
    }

    [Fact]
    public void Formulas_and_chart_series_point_at_the_sheets_by_their_names_in_the_language()
    {
        var bytes = Workbooks.Write(summit, In("ru")).Bytes;
        using var workbook = Workbooks.Open(bytes);
        var block = workbook.Worksheet("Диаграммы").CellsUsed().First(c => c.HasFormula);
        block.FormulaA1.ShouldStartWith("'Показатели'!$D$");

        using var package = Workbooks.Package(bytes);
        var formulas = package.WorkbookPart!.WorksheetParts.SelectMany(w => w.DrawingsPart?.ChartParts ?? [])
            .SelectMany(c => c.ChartSpace.Descendants<C.Formula>()).Select(f => f.Text).ToList();
        formulas.ShouldNotBeEmpty();
        formulas.ShouldAllBe(f => f.StartsWith("'Диаграммы'!$", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_sheet_of_an_arabic_workbook_runs_right_to_left()
    {
        var bytes = Workbooks.Write(summit, In("ar")).Bytes;
        using var workbook = Workbooks.Open(bytes);

        workbook.Worksheets.Count.ShouldBe(6);
        workbook.Worksheets.ShouldAllBe(sheet => sheet.RightToLeft);
        using var package = Workbooks.Package(bytes);
        var views = package.WorkbookPart!.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.SheetView>()).ToList();
        views.Count.ShouldBe(6);
        views.Select(view => view.RightToLeft?.Value).ShouldAllBe(rightToLeft => rightToLeft == true);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void A_left_to_right_language_s_sheets_run_left_to_right(string code)
    {
        using var workbook = Workbooks.Open(Workbooks.Write(summit, In(code)).Bytes);

        workbook.Worksheets.ShouldAllBe(sheet => !sheet.RightToLeft);
    }

    [Fact]
    public void A_table_sheet_prints_its_page_number_in_the_language()
    {
        using var package = Workbooks.Package(Workbooks.Write(summit, In("ru")).Bytes);

        var footers = package.WorkbookPart!.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.OddFooter>()).Select(f => f.Text).ToList();
        footers.ShouldContain("&L&A&RСтр. &P из &N");
        footers.ShouldNotContain(f => f.Contains("Page", StringComparison.Ordinal));
    }
}
