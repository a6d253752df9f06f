using ClosedXML.Excel;
using Reports.Domain.Model;

namespace Reports.Excel.Tests;

/// <summary>What schema 1.1 adds, as the workbook shows it: "nearly" in words, a summit of several days as a range.</summary>
public sealed class Schema11WorkbookTests
{
    static Summit NearlyThreeDozen()
    {
        var summit = Some.Summit();
        return summit with
        {
            Indicators = [.. summit.Indicators.Select(i => i.Id == "documents-signed" ? i with { Qualifier = Qualifier.Nearly } : i)],
        };
    }

    [Fact]
    public void Nearly_three_dozen_is_nearly_36_in_every_sheet_never_up_to_36()
    {
        using var workbook = Workbooks.WriteAndOpen(NearlyThreeDozen());
        var summary = workbook.Worksheet("Summary");
        var row = Workbooks.RowOf(workbook.Worksheet("Indicators"), "documents-signed");

        row.Cell(5).GetString().ShouldBe("nearly");
        summary.CellsUsed().First(c => c.GetString() == "Documents signed").CellRight().CellRight().GetString()
            .ShouldStartWith("nearly 36 (“nearly three dozen”)");
        summary.CellsUsed().Select(c => c.GetString()).ShouldContain("nearly 36");
        workbook.Worksheets.SelectMany(s => s.CellsUsed()).ShouldNotContain(c => c.GetString().Contains("up to", StringComparison.Ordinal));
    }

    [Fact]
    public void A_summit_of_several_days_shows_its_dates_as_a_range()
    {
        var summit = Some.Summit();
        summit = summit with { Event = summit.Event with { Date = new DateOnly(2024, 9, 30), EndDate = new DateOnly(2024, 10, 2) } };

        using var workbook = Workbooks.WriteAndOpen(summit);
        var date = workbook.Worksheet("Summary").CellsUsed().Single(c => c.GetString() == "Date").CellRight();

        date.GetString().ShouldBe("30 September – 2 October 2024");
        date.DataType.ShouldBe(XLDataType.Text);
    }
}
