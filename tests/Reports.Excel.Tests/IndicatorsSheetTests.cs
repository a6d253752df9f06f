using ClosedXML.Excel;

namespace Reports.Excel.Tests;

public sealed class IndicatorsSheetTests
{
    readonly Domain.Model.Summit summit = Some.Summit();

    [Fact]
    public void Indicators_are_one_styled_table_with_autofilter_covering_every_row()
    {
        using var workbook = Workbooks.WriteAndOpen(summit);
        var sheet = workbook.Worksheet("Indicators");

        var table = sheet.Tables.Single();

        table.Name.ShouldBe("Indicators");
        table.RangeAddress.ToString().ShouldBe("A1:M15");
        table.ShowAutoFilter.ShouldBeTrue();
        table.Theme.ShouldBe(XLTableTheme.TableStyleMedium2);
        table.HeadersRow().Cells().Select(c => c.GetString()).ShouldBe(
            ["Id", "Theme", "Indicator", "Value", "Qualifier", "Qualifier as worded", "Unit", "Period", "Kind", "Direction", "Source excerpt", "Source", "Note"]);
    }

    [Fact]
    public void Every_value_is_a_number_equal_to_the_input()
    {
        using var workbook = Workbooks.WriteAndOpen(summit);
        var sheet = workbook.Worksheet("Indicators");

        foreach (var (indicator, i) in summit.Indicators.Select((x, i) => (x, i)))
        {
            var row = sheet.Row(i + 2);
            row.Cell(1).GetString().ShouldBe(indicator.Id);
            row.Cell(4).DataType.ShouldBe(XLDataType.Number);
            row.Cell(4).GetDouble().ShouldBe(indicator.Value);
        }
    }

    [Fact]
    public void Generated_values_keep_full_precision()
    {
        var generated = Some.Generated(300);
        using var workbook = Workbooks.WriteAndOpen(generated);
        var sheet = workbook.Worksheet("Indicators");

        var values = generated.Indicators.Select((_, i) => sheet.Cell(i + 2, 4).GetDouble());

        values.ShouldBe(generated.Indicators.Select(i => i.Value));
    }

    [Theory]
    [InlineData("trade-turnover-2024", "#,##0")]
    [InlineData("trade-turnover-2023", "#,##0.0")]
    [InlineData("gas-supplies-2024", "#,##0")]
    [InlineData("visitors-russia-china", "#,##0")]
    [InlineData("investment-projects-count", "#,##0")]
    [InlineData("cross-years-start", "0")]
    public void Number_formats_show_each_value_s_decimals_and_no_separator_in_years(string id, string format)
    {
        using var workbook = Workbooks.WriteAndOpen(summit);

        var value = Workbooks.RowOf(workbook.Worksheet("Indicators"), id).Cell(4);

        Workbooks.FormatCode(value).ShouldBe(format);
    }

    [Fact]
    public void Qualifier_unit_period_kind_and_direction_are_text_in_their_own_columns()
    {
        using var workbook = Workbooks.WriteAndOpen(summit);
        var row = Workbooks.RowOf(workbook.Worksheet("Indicators"), "visitors-china-russia");

        row.Cell(2).GetString().ShouldBe("People-to-people ties");
        row.Cell(3).GetString().ShouldBe("Visitors from China to Russia");
        row.Cell(5).GetString().ShouldBe("approximately");
        row.Cell(6).GetString().ShouldBe("around 1.2 million");
        row.Cell(7).GetString().ShouldBe("people");
        row.Cell(8).GetString().ShouldBe("2024");
        row.Cell(8).DataType.ShouldBe(XLDataType.Text);
        row.Cell(9).GetString().ShouldBe("actual");
        row.Cell(10).GetString().ShouldBe("China → Russia");
    }

    [Fact]
    public void Header_row_is_frozen_and_repeated_on_landscape_pages_one_page_wide()
    {
        using var workbook = Workbooks.WriteAndOpen(summit);
        var sheet = workbook.Worksheet("Indicators");

        sheet.SheetView.SplitRow.ShouldBe(1);
        sheet.SheetView.SplitColumn.ShouldBe(0);
        sheet.PageSetup.PageOrientation.ShouldBe(XLPageOrientation.Landscape);
        sheet.PageSetup.PagesWide.ShouldBe(1);
        sheet.PageSetup.PagesTall.ShouldBe(0);
        sheet.PageSetup.FirstRowToRepeatAtTop.ShouldBe(1);
        sheet.PageSetup.LastRowToRepeatAtTop.ShouldBe(1);
    }

    [Fact]
    public void Column_widths_fit_content_and_the_excerpt_column_wraps_at_a_fixed_width()
    {
        using var workbook = Workbooks.WriteAndOpen(summit);
        var sheet = workbook.Worksheet("Indicators");

        // ClosedXML reports widths without Excel's cell padding (0.71 of a character).
        sheet.Column(11).Width.ShouldBe(80, 1);
        sheet.Cell(2, 11).Style.Alignment.WrapText.ShouldBeTrue();
        sheet.Column(1).Width.ShouldBeInRange(18, 30);
        sheet.Column(9).Width.ShouldBeLessThan(sheet.Column(1).Width);
    }

    [Fact]
    public void Each_row_links_to_the_sources_row_holding_its_excerpt()
    {
        using var workbook = Workbooks.WriteAndOpen(summit);
        var indicators = workbook.Worksheet("Indicators");
        var sources = workbook.Worksheet("Sources");

        foreach (var indicator in summit.Indicators)
        {
            var link = Workbooks.RowOf(indicators, indicator.Id).Cell(12);
            link.GetString().ShouldBe(indicator.SourceId);
            var target = link.GetHyperlink().InternalAddress;
            target.ShouldStartWith("'Sources'!A");
            var sourceRow = sources.Row(int.Parse(target["'Sources'!A".Length..], System.Globalization.CultureInfo.InvariantCulture));
            sourceRow.Cell(1).GetString().ShouldBe(indicator.SourceId);
            sourceRow.Cell(6).GetString().ShouldBe(indicator.SourceExcerpt);
            sourceRow.Cell(7).GetString().Split(", ").ShouldContain(indicator.Id);
        }
    }

    [Fact]
    public void Print_titles_are_absolute_rows_so_libreoffice_repeats_them_too()
    {
        using var package = Workbooks.Package(Workbooks.Write(summit).Bytes);

        var titles = package.WorkbookPart!.Workbook.DefinedNames!.Elements<DocumentFormat.OpenXml.Spreadsheet.DefinedName>()
            .Where(n => n.Name == "_xlnm.Print_Titles").Select(n => n.Text);

        titles.ShouldBe(["'Indicators'!$1:$1", "'Agreements'!$1:$1", "'Sources'!$1:$1"]);
    }
}
