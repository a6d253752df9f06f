using System.Globalization;
using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Domain.Wording;

namespace Reports.Domain.Tests;

/// <summary>How figures are written: scale words, singular units, the print minus, decimals shared side by side.</summary>
public sealed class FigureFormatterTests
{
    [Theory]
    [InlineData(1_600_000, "1.6 million")]
    [InlineData(1_590_000_000, "1.59 billion")]
    [InlineData(900_000_000_000_000, "900 trillion")]
    [InlineData(2_000_000_000_000, "2 trillion")]
    [InlineData(1_234_567, "1,234,567")]
    [InlineData(51_000, "51,000")]
    public void Large_counts_take_the_largest_scale_word_that_loses_no_digit(double value, string expected) =>
        FigureFormatter.Default.Number(value, Units.Find("people")!).ShouldBe(expected);

    [Theory]
    [InlineData("fr-FR", 2_500_000_000, "2,5 milliards")]
    [InlineData("fr-FR", 1_500_000, "1,5 million")]
    [InlineData("es-ES", 1_600_000, "1,6 millones")]
    [InlineData("es-ES", 1_000_000, "1 millón")]
    [InlineData("es-ES", 2_500_000_000, "2,5 mil millones")]
    [InlineData("ru-RU", 1_600_000, "1,6 млн")]
    [InlineData("ru-RU", 2_500_000_000, "2,5 млрд")]
    [InlineData("zh-CN", 1_600_000, "160万")]
    [InlineData("zh-CN", 51_000, "5.1万")]
    [InlineData("zh-CN", 300_000_000, "3亿")]
    // A culture with no catalog of its own (German) writes numbers its way and words in English.
    [InlineData("de-DE", 1_600_000, "1,6 million")]
    public void Scale_words_are_the_language_s_own(string culture, double value, string expected) =>
        new FigureFormatter(CultureInfo.GetCultureInfo(culture)).Number(value, Units.Find("count")!).ShouldBe(expected);

    [Theory]
    [InlineData(1_600_000, "1.6 مليون")]
    [InlineData(2_500_000_000, "2.5 مليار")]
    [InlineData(51_000, "51,000")]
    [InlineData(6.5, "6.5")]
    public void Arabic_by_default_writes_Latin_digits_with_Latin_separators_and_its_own_scale_words(double value, string expected)
    {
        var arabic = Language.Find("ar")!;
        new FigureFormatter(arabic.Culture(), Words.For(arabic)).Number(value, Units.Find("count")!).ShouldBe(expected);
    }

    [Theory]
    [InlineData("ar", 4.7, "USD bn", Qualifier.AtLeast, "", "USD 4.7 bn", " على الأقل")]
    [InlineData("ar", 36, "count", Qualifier.Nearly, "نحو ", "36", "")]
    [InlineData("ar", 200, "USD bn", Qualifier.Approximately, "", "~USD 200 bn", "")]
    [InlineData("ar", 7, "hours", Qualifier.MoreThan, "", "7+ hours", "")]
    [InlineData("en", 4.7, "USD bn", Qualifier.UpTo, "up to ", "USD 4.7 bn", "")]
    public void A_qualified_figure_is_cut_around_the_figure_the_qualifier_s_words_apart(string language, double value, string unit, Qualifier qualifier, string before, string figure, string after)
    {
        var words = Language.Find(language)!;
        var formatter = new FigureFormatter(words.Culture(), Words.For(words));
        var indicator = Some.Figure(value, unit, qualifier);

        formatter.QualifiedParts(indicator).ShouldBe((before, figure, after));
        formatter.Qualified(indicator).ShouldBe(before + figure + after);
    }

    [Theory]
    [InlineData(5e-324, "USD bn", "4.94E-324")]
    [InlineData(0.0004, "USD bn", "4E-4")]
    [InlineData(0.001, "USD bn", "0.001")]
    [InlineData(0.004, "count", "4E-3")]
    [InlineData(0, "USD bn", "0")]
    public void A_figure_that_is_not_zero_is_never_written_as_zero(double value, string unit, string expected) =>
        FigureFormatter.Default.Number(value, Units.Find(unit)!).ShouldBe(expected);

    [Theory]
    [InlineData(1, "hours", Qualifier.UpTo, "up to 1 hour")]
    [InlineData(1, "days", Qualifier.Exact, "1 day")]
    [InlineData(1, "hours per day", Qualifier.Exact, "1 hour a day")]
    [InlineData(2, "hours", Qualifier.Exact, "2 hours")]
    [InlineData(1.5, "years", Qualifier.Approximately, "~1.5 years")]
    public void A_unit_of_one_is_singular(double value, string unit, Qualifier qualifier, string expected) =>
        FigureFormatter.Default.Qualified(Some.Figure(value, unit, qualifier)).ShouldBe(expected);

    [Fact]
    public void Print_figures_take_the_true_minus_sign_and_the_workbook_s_keep_the_hyphen()
    {
        var fall = Some.Figure(-0.4, "EUR bn");

        FigureFormatter.ForPrint(CultureInfo.GetCultureInfo("en-GB")).Qualified(fall).ShouldBe("EUR \u22120.4 bn");
        FigureFormatter.Default.Qualified(fall).ShouldBe("EUR -0.4 bn");
    }

    [Fact]
    public void Figures_shown_side_by_side_share_their_decimals_at_each_scale()
    {
        Indicator?[] figures =
        [
            Some.Figure(7, "percent"), Some.Figure(6.5, "percent"), null, Some.Figure(4.25, "percent"),
            Some.Figure(1_600_000, "people"), Some.Figure(1_200_000, "people", Qualifier.Approximately), Some.Figure(21_000, "people"), Some.Figure(51_000, "people"),
        ];

        FigureFormatter.Default.QualifiedAlike(figures).ShouldBe(["7.00%", "6.50%", null, "4.25%", "1.6 million", "~1.2 million", "21,000", "51,000"]);
    }
}
