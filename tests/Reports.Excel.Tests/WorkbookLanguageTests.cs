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
}
