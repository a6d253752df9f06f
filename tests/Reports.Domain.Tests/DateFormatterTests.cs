using System.Globalization;
using Reports.Domain.Formatting;

namespace Reports.Domain.Tests;

/// <summary>Dates and date ranges as the brief and the workbook write them.</summary>
public sealed class DateFormatterTests
{
    static readonly DateFormatter English = DateFormatter.Default;

    [Theory]
    [InlineData("2025-05-08", null, "8 May 2025")]
    [InlineData("2024-10-22", "2024-10-22", "22 October 2024")]
    [InlineData("2024-10-22", "2024-10-24", "22–24 October 2024")]
    [InlineData("2024-09-30", "2024-10-02", "30 September – 2 October 2024")]
    [InlineData("2024-12-30", "2025-01-02", "30 December 2024 – 2 January 2025")]
    public void A_summit_of_one_or_more_days_is_written_as_a_date_or_a_range(string start, string? end, string expected)
    {
        English.Range(DateOnly.Parse(start, CultureInfo.InvariantCulture), end is null ? null : DateOnly.Parse(end, CultureInfo.InvariantCulture))
            .ShouldBe(expected);
    }

    [Fact]
    public void Month_names_come_from_the_culture_in_the_form_a_day_takes()
    {
        var russian = new DateFormatter(CultureInfo.GetCultureInfo("ru-RU"));
        var french = new DateFormatter(CultureInfo.GetCultureInfo("fr-FR"));

        russian.Range(new DateOnly(2024, 10, 22), new DateOnly(2024, 10, 24)).ShouldBe("22–24 октября 2024");
        russian.Range(new DateOnly(2024, 9, 30), new DateOnly(2024, 10, 2)).ShouldBe("30 сентября – 2 октября 2024");
        french.Date(new DateOnly(2025, 5, 8)).ShouldBe("8 mai 2025");
    }
}
