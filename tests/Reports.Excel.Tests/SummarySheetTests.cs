using ClosedXML.Excel;

namespace Reports.Excel.Tests;

/// <summary>The Summary says what the dataset says: names in their own scripts, notes, the date note, and no count the data does not state.</summary>
public sealed class SummarySheetTests
{
    static IReadOnlyList<string> Texts(IXLWorksheet sheet) => sheet.CellsUsed().Select(c => c.GetString()).ToList();

    // The first cell so labelled: the event's facts come before the headline table, About's facts before its sheet guide.
    static IXLCell Labelled(IXLWorksheet sheet, string label) =>
        sheet.Column(1).CellsUsed().First(c => c.GetString() == label).CellRight();

    [Fact]
    public void Leaders_and_parties_carry_their_native_names_once()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Trilateral());

        var texts = Texts(workbook.Worksheet("Summary"));

        texts.ShouldContain("Eleni Papadaki (Ελένη Παπαδάκη), Prime Minister (Greece)");
        texts.ShouldContain("Mari Tamm, Prime Minister (Estonia)");
        texts.ShouldContain("Aino Virtanen, President (Finland)");
        texts.ShouldContain("Greece (Ελλάδα)");
        texts.ShouldContain("Finland");
        texts.ShouldNotContain("Finland (Finland)");
    }

    [Fact]
    public void The_seed_leaders_native_names_are_shown()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Summit());

        Texts(workbook.Worksheet("Summary")).ShouldContain("Vladimir Putin (Владимир Путин), President (Russia)");
    }

    [Fact]
    public void A_date_note_is_shown_even_when_the_date_is_not_inferred()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Trilateral());

        Labelled(workbook.Worksheet("Summary"), "Date").CellRight().GetString().ShouldBe("Date: The communiqué is dated the day after the talks.");
    }

    [Fact]
    public void Headline_figures_carry_the_indicators_notes()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Trilateral());
        var summary = workbook.Worksheet("Summary");

        var header = summary.Column(1).CellsUsed().Single(c => c.GetString() == "Figure").WorksheetRow();
        var tariff = summary.Column(8).CellsUsed().Single(c => c.GetString() == "tariff-change").WorksheetRow();

        header.Cell(9).GetString().ShouldBe("Note");
        tariff.Cell(9).GetString().ShouldBe("Applies from 1 July.");
        tariff.Cell(5).GetString().ShouldBe("up to 0.001%");
    }

    [Fact]
    public void Without_a_documents_indicator_no_count_of_documents_is_printed()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Trilateral());
        var summary = workbook.Worksheet("Summary");

        Texts(summary).ShouldNotContain("Documents signed");
        Texts(summary).ShouldNotContain(t => t.Contains("listed by category", StringComparison.OrdinalIgnoreCase));
        // The only 3 on the sheet is the headline figure of memoranda signed.
        summary.CellsUsed().Where(c => c.DataType == XLDataType.Number && c.GetDouble() == 3).ShouldHaveSingleItem()
            .WorksheetRow().Cell(8).GetString().ShouldBe("memoranda-signed");
    }

    [Fact]
    public void Agreements_without_a_documents_indicator_are_pointed_to_without_a_count()
    {
        var seed = Some.Summit();
        var uncounted = seed with { Event = seed.Event with { DocumentsSignedIndicatorId = null } };
        using var workbook = Workbooks.WriteAndOpen(uncounted);
        var summary = workbook.Worksheet("Summary");

        var agreements = Labelled(summary, "Agreements");

        agreements.DataType.ShouldBe(XLDataType.Text);
        agreements.GetString().ShouldBe("Listed by category on the Agreements sheet; the dataset states no number of documents signed.");
        summary.CellsUsed().ShouldNotContain(c => c.DataType == XLDataType.Number && c.GetDouble() == 4);
    }

    [Fact]
    public void Documents_signed_is_the_indicator_s_number_and_nothing_contradicts_it()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Summit());
        var summary = workbook.Worksheet("Summary");

        var signed = Labelled(summary, "Documents signed");

        signed.DataType.ShouldBe(XLDataType.Number);
        signed.GetDouble().ShouldBe(36);
        signed.CellRight().GetString().ShouldBe("~36 (“nearly three dozen”)");
        Texts(summary).ShouldNotContain(t => t.Contains("4 listed", StringComparison.Ordinal));
    }

    [Fact]
    public void Counts_on_the_About_sheet_are_numbers()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Trilateral());
        var about = workbook.Worksheet("About");

        var indicators = Labelled(about, "Indicators");
        var charts = Labelled(about, "Charts");

        indicators.DataType.ShouldBe(XLDataType.Number);
        indicators.GetDouble().ShouldBe(8);
        charts.DataType.ShouldBe(XLDataType.Number);
        charts.GetDouble().ShouldBe(1);
    }

    [Fact]
    public void A_long_headline_label_wraps_in_a_row_tall_enough_for_it()
    {
        using var workbook = Workbooks.WriteAndOpen(Some.Trilateral());
        var summary = workbook.Worksheet("Summary");

        var label = summary.Column(1).CellsUsed().Single(c => c.GetString() == Some.LongLabel);

        label.Style.Alignment.WrapText.ShouldBeTrue();
        summary.Column(1).Width.ShouldBeLessThanOrEqualTo(60);
        // 213 characters in a column at most 60 characters wide take at least three lines of 15 points.
        label.WorksheetRow().Height.ShouldBeGreaterThanOrEqualTo(45);
    }
}
