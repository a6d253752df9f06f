using System.Globalization;
using Reports.Domain.Formatting;
using Reports.Domain.Wording;

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

        russian.Range(new DateOnly(2024, 10, 22), new DateOnly(2024, 10, 24)).ShouldBe("22–24 октября 2024 г.");
        russian.Range(new DateOnly(2024, 9, 30), new DateOnly(2024, 10, 2)).ShouldBe("30 сентября – 2 октября 2024 г.");
        french.Date(new DateOnly(2025, 5, 8)).ShouldBe("8 mai 2025");
    }

    [Theory]
    [InlineData("en", "8 May 2025", "22–24 October 2024", "30 December 2024 – 2 January 2025")]
    [InlineData("fr", "8 mai 2025", "22–24 octobre 2024", "30 décembre 2024 – 2 janvier 2025")]
    [InlineData("es", "8 de mayo de 2025", "22–24 de octubre de 2024", "30 de diciembre de 2024 – 2 de enero de 2025")]
    [InlineData("ru", "8 мая 2025 г.", "22–24 октября 2024 г.", "30 декабря 2024 г. – 2 января 2025 г.")]
    [InlineData("zh", "2025年5月8日", "2024年10月22日至24日", "2024年12月30日至2025年1月2日")]
    [InlineData("ar", "8 مايو 2025", "22–24 أكتوبر 2024", "30 ديسمبر 2024 – 2 يناير 2025")]
    public void Each_language_writes_dates_in_its_own_pattern(string code, string day, string days, string acrossYears)
    {
        var language = Language.Find(code)!;
        var dates = new DateFormatter(language.Culture(), Words.For(language));

        dates.Date(new DateOnly(2025, 5, 8)).ShouldBe(day);
        dates.Range(new DateOnly(2024, 10, 22), new DateOnly(2024, 10, 24)).ShouldBe(days);
        dates.Range(new DateOnly(2024, 12, 30), new DateOnly(2025, 1, 2)).ShouldBe(acrossYears);
    }

    [Fact]
    public void A_culture_whose_calendar_is_not_Gregorian_still_dates_the_summit_in_the_Gregorian_calendar()
    {
        var saudi = CultureInfo.GetCultureInfo("ar-SA");
        saudi.DateTimeFormat.Calendar.ShouldNotBeOfType<GregorianCalendar>();

        new DateFormatter(saudi).Date(new DateOnly(2025, 5, 8)).ShouldStartWith("8 ");
        new DateFormatter(saudi).Date(new DateOnly(2025, 5, 8)).ShouldEndWith(" 2025");
    }
}
