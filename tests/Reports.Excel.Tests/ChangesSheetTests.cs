using ClosedXML.Excel;
using Reports.Domain.Changes;
using Reports.Domain.Model;

namespace Reports.Excel.Tests;

/// <summary>The workbook of a refreshed dataset: the Changes sheet, the Previous value column and the summary line.</summary>
public sealed class ChangesSheetTests
{
    static readonly (Summit First, Summit Second, Summit Third) Editions = Some.Editions();

    static readonly string[] ChangeHeaders =
        ["Change", "Item", "Id", "Description", "Theme or context", "What changed", "Previous", "Current", "Difference", "Change %", "Unit", "Summary"];

    static XLWorkbook SecondEdition() => Compared(Editions.First, Editions.Second);

    static XLWorkbook Compared(Summit earlier, Summit later) =>
        Workbooks.Open(Workbooks.Write(later, changes: SummitComparer.Compare(earlier, later)).Bytes);

    /// <summary>The row as a reader sees it: numbers shown with their number format codes (which read the
    /// same in .NET for these simple codes; ClosedXML does not apply custom codes itself).</summary>
    static IReadOnlyList<string> Row(IXLWorksheet sheet, int row) =>
        Enumerable.Range(1, ChangeHeaders.Length).Select(c => Shown(sheet.Cell(row, c))).ToList();

    static string Shown(IXLCell cell) => cell.DataType == XLDataType.Number
        ? cell.GetDouble().ToString(Workbooks.FormatCode(cell), System.Globalization.CultureInfo.InvariantCulture)
        : cell.GetString();

    [Fact]
    public void A_workbook_without_an_earlier_edition_has_no_Changes_sheet_and_no_Previous_value_column()
    {
        using var workbook = Workbooks.WriteAndOpen(Editions.Second);

        workbook.Worksheets.Select(w => w.Name).ShouldBe(["Summary", "Indicators", "Charts", "Agreements", "Sources", "About"]);
        workbook.Worksheet("Indicators").Cell(1, 5).GetString().ShouldBe("Qualifier");
    }

    [Fact]
    public void The_Changes_sheet_follows_the_Summary_and_is_one_Excel_table_over_every_change()
    {
        using var workbook = SecondEdition();

        workbook.Worksheets.Select(w => w.Name).ShouldBe(["Summary", "Changes", "Indicators", "Charts", "Agreements", "Sources", "About"]);
        var sheet = workbook.Worksheet("Changes");
        var table = sheet.Tables.ShouldHaveSingleItem();
        table.Name.ShouldBe("Changes");
        table.RangeAddress.ToString().ShouldBe("A1:L5");
        table.ShowAutoFilter.ShouldBeTrue();
        Row(sheet, 1).ShouldBe(ChangeHeaders);
    }

    [Fact]
    public void Each_change_is_a_row_with_old_and_new_values_and_the_difference_as_numbers()
    {
        using var workbook = SecondEdition();
        var sheet = workbook.Worksheet("Changes");

        Row(sheet, 2).ShouldBe(["changed", "indicator", "trade-turnover-2024", "Bilateral trade turnover", "Trade and investment", "value",
            "~USD 245 bn", "~USD 250 bn", "5", "+2.0%", "USD bn", "~USD 245 bn → ~USD 250 bn, +2 %"]);
        Row(sheet, 3).ShouldBe(["changed", "indicator", "investment-projects-value", "Value of joint investment projects", "Trade and investment", "value, unit",
            "~USD 200 bn", "~CNY 1,450 bn", "", "", "CNY bn", "~USD 200 bn → ~CNY 1,450 bn"]);
        Row(sheet, 4).ShouldBe(["added", "indicator", "trade-turnover-2025-q1", "Bilateral trade turnover, first quarter", "Trade and investment", "",
            "", "USD 52.4 bn", "", "", "USD bn", "USD 52.4 bn"]);
        Row(sheet, 5).ShouldBe(["removed", "indicator", "cross-years-start", "Years of Culture begin", "People-to-people ties", "",
            "2024", "", "", "", "year", "2024"]);
        sheet.Cell(2, 9).DataType.ShouldBe(XLDataType.Number);
        sheet.Cell(2, 9).GetDouble().ShouldBe(5);
        sheet.Cell(2, 10).GetDouble().ShouldBe(5.0 / 245, 1e-12);
        sheet.Cell(2, 10).Style.NumberFormat.Format.ShouldBe("+0.0%;-0.0%;0.0%");
    }

    [Fact]
    public void The_id_of_a_figure_still_in_the_dataset_links_to_its_Indicators_row()
    {
        using var workbook = SecondEdition();
        var sheet = workbook.Worksheet("Changes");

        sheet.Cell(2, 3).Hyperlink.InternalAddress.ShouldBe("'Indicators'!A2");
        sheet.Cell(4, 3).Hyperlink.InternalAddress.ShouldBe("'Indicators'!A15");
        sheet.Cell(5, 3).HasHyperlink.ShouldBeFalse();
    }

    [Fact]
    public void Indicators_show_the_previous_value_beside_the_value()
    {
        using var workbook = SecondEdition();
        var sheet = workbook.Worksheet("Indicators");

        sheet.Cell(1, 4).GetString().ShouldBe("Value");
        sheet.Cell(1, 5).GetString().ShouldBe("Previous value");
        sheet.Cell(1, 6).GetString().ShouldBe("Qualifier");
        var revised = Workbooks.RowOf(sheet, "trade-turnover-2024");
        revised.Cell(4).GetDouble().ShouldBe(250);
        revised.Cell(5).GetDouble().ShouldBe(245);
        var unchanged = Workbooks.RowOf(sheet, "gas-supplies-2024");
        unchanged.Cell(5).GetDouble().ShouldBe(31);
        var otherUnit = Workbooks.RowOf(sheet, "investment-projects-value");
        otherUnit.Cell(5).DataType.ShouldBe(XLDataType.Text);
        otherUnit.Cell(5).GetString().ShouldBe("USD 200 bn");
        Workbooks.RowOf(sheet, "trade-turnover-2025-q1").Cell(5).GetString().ShouldBe("new");
    }

    [Fact]
    public void The_summary_heads_the_changes_with_the_earlier_date_and_says_what_changed()
    {
        using var workbook = SecondEdition();
        var cells = workbook.Worksheet("Summary").Column(1).CellsUsed().Select(c => c.GetString()).ToList();

        var heading = cells.IndexOf("Changes since 8 May 2025");
        heading.ShouldBeGreaterThan(0);
        cells[heading + 1].ShouldBe("2 figures changed, 1 added and 1 removed.");
        workbook.Worksheet("Summary").Column(1).CellsUsed().Single(c => c.GetString().StartsWith("Every change", StringComparison.Ordinal))
            .Hyperlink.InternalAddress.ShouldBe("'Changes'!A1");
    }

    [Fact]
    public void The_third_edition_is_compared_with_the_second_only()
    {
        using var workbook = Compared(Editions.Second, Editions.Third);
        var sheet = workbook.Worksheet("Changes");

        sheet.Tables.Single().RangeAddress.ToString().ShouldBe("A1:L4");
        Row(sheet, 2)[11].ShouldBe("~USD 250 bn → ~USD 260 bn, +4 %");
        Row(sheet, 3).ShouldBe(["added", "key judgement", "", "Trade keeps growing.", "", "", "", "", "", "", "", "key judgement added"]);
        Row(sheet, 4).ShouldBe(["added", "source", "customs", "Customs statistics", "", "", "", "", "", "", "", "source added"]);
        Workbooks.RowOf(workbook.Worksheet("Indicators"), "investment-projects-value").Cell(5).GetDouble().ShouldBe(1450);
        Workbooks.RowOf(workbook.Worksheet("Indicators"), "trade-turnover-2025-q1").Cell(5).GetDouble().ShouldBe(52.4);
    }

    [Fact]
    public void An_unchanged_edition_has_an_empty_Changes_table_and_says_nothing_changed()
    {
        using var workbook = Compared(Editions.Second, Editions.Second);

        var table = workbook.Worksheet("Changes").Tables.Single();
        table.RangeAddress.ToString().ShouldBe("A1:L2");
        workbook.Worksheet("Changes").Cell(2, 1).GetString().ShouldBeEmpty();
        workbook.Worksheet("Summary").Column(1).CellsUsed().Select(c => c.GetString())
            .ShouldContain("Nothing changed: every figure, key judgement, agreement, quote and source is as it was.");
    }

    [Fact]
    public void A_moved_event_date_is_a_row_of_its_own()
    {
        var later = Editions.Second with { Event = Editions.Second.Event with { Date = new DateOnly(2025, 5, 9) } };
        using var workbook = Compared(Editions.Second, later);

        Row(workbook.Worksheet("Changes"), 2).ShouldBe(["changed", "event date", "", "Date of the event", "", "date",
            "8 May 2025", "9 May 2025", "+1", "", "days", "8 May 2025 → 9 May 2025"]);
    }

    [Fact]
    public void The_same_editions_give_the_same_bytes()
    {
        var changes = SummitComparer.Compare(Editions.First, Editions.Second);

        Workbooks.Write(Editions.Second, changes: changes).Bytes.ShouldBe(Workbooks.Write(Editions.Second, changes: changes).Bytes);
    }

    [Fact]
    public void The_About_sheet_describes_the_Changes_sheet_only_when_there_is_one()
    {
        using var compared = SecondEdition();
        using var plain = Workbooks.WriteAndOpen(Editions.Second);

        compared.Worksheet("About").Column(1).CellsUsed().Select(c => c.GetString()).ShouldContain("Changes");
        plain.Worksheet("About").Column(1).CellsUsed().Select(c => c.GetString()).ShouldNotContain("Changes");
    }

    [SkippableTheory]
    [InlineData("exceljs")]
    [InlineData("sheetjs")]
    [InlineData("openpyxl")]
    public void Reader_opens_a_workbook_with_changes_and_reads_the_difference_and_the_previous_value(string reader)
    {
        var file = Path.Combine(Path.GetTempPath(), $"reports-changes-{Guid.NewGuid():N}.xlsx");
        try
        {
            File.WriteAllBytes(file, Workbooks.Write(Editions.Second, changes: SummitComparer.Compare(Editions.First, Editions.Second)).Bytes);

            var reading = ExternalReaders.Read(reader, file, "Changes!C2", "Changes!J2", "Indicators!E2");

            reading.Sheets.ShouldBe(["Summary", "Changes", "Indicators", "Charts", "Agreements", "Sources", "About"]);
            reading.Values[0].GetProperty("value").GetString().ShouldBe("trade-turnover-2024");
            reading.Values[1].GetProperty("value").GetDouble().ShouldBe(5.0 / 245, 1e-12);
            reading.Values[1].GetProperty("format").GetString().ShouldBe("+0.0%;-0.0%;0.0%");
            reading.Values[2].GetProperty("value").GetDouble().ShouldBe(245);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
