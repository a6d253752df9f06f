namespace Reports.Excel.Tests;

/// <summary>The workbook opens in the readers recipients use besides Excel and LibreOffice.</summary>
public sealed class ReaderTests : IDisposable
{
    static readonly string[] SheetNames = ["Summary", "Indicators", "Charts", "Agreements", "Sources", "About"];

    readonly string file = Path.Combine(Path.GetTempPath(), $"reports-readers-{Guid.NewGuid():N}.xlsx");

    public ReaderTests() => File.WriteAllBytes(file, Workbooks.Write(Some.Summit()).Bytes);

    public void Dispose() => File.Delete(file);

    [SkippableTheory]
    [InlineData("exceljs")]
    [InlineData("sheetjs")]
    [InlineData("openpyxl")]
    public void Reader_opens_the_workbook_and_reads_the_title_a_value_and_its_format(string reader)
    {
        var reading = ExternalReaders.Read(reader, file, "Summary!A1", "Indicators!A3", "Indicators!D3");

        reading.Sheets.ShouldBe(SheetNames);
        reading.Values[0].GetProperty("value").GetString().ShouldBe("Russia–China summit in Moscow");
        reading.Values[1].GetProperty("value").GetString().ShouldBe("trade-turnover-2023");
        reading.Values[2].GetProperty("value").GetDouble().ShouldBe(240.1);
        reading.Values[2].GetProperty("format").GetString().ShouldBe("#,##0.0");
    }

    [SkippableFact]
    public void SheetJS_names_Reports_and_its_version_as_the_application()
    {
        var reading = ExternalReaders.Read("sheetjs", file, "About!B3");

        reading.Application.ShouldBe("Reports 0.1.0-test");
        reading.Values[0].GetProperty("value").GetString().ShouldBe("Reports");
    }

    [SkippableFact]
    public void SheetJS_shows_each_value_with_its_own_decimals()
    {
        var trilateral = Path.Combine(Path.GetTempPath(), $"reports-readers-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(trilateral, Workbooks.Write(Some.Trilateral()).Bytes);
        try
        {
            var reading = ExternalReaders.Read("sheetjs", trilateral, "Indicators!D2", "Indicators!D3", "Indicators!D4", "Indicators!D8");

            reading.Values.Select(v => v.GetProperty("text").GetString()).ShouldBe(["4.5", "0.25", "0.001", "3"]);
        }
        finally
        {
            File.Delete(trilateral);
        }
    }
}
