using System.Text.Json;
using Reports.Domain.Formatting;
using Reports.Domain.Loading;
using Reports.Domain.Model;

namespace Reports.Domain.Tests;

/// <summary>Schema 1.1: what it adds loads into the model, each wrong use is a located error, and 1.0 files load as before.</summary>
public sealed class Schema11Tests
{
    static Summit Minimal()
    {
        var result = Some.LoadMinimal();
        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        return result.Summit!;
    }

    static DatasetError ErrorAt(LoadResult result, string path)
    {
        result.IsValid.ShouldBeFalse($"expected an error at {path}");
        return result.Errors.Where(e => e.Path == path).ShouldHaveSingleItem($"errors:\n{string.Join("\n", result.Errors)}");
    }

    [Fact]
    public void A_schema_1_0_dataset_loads_as_before()
    {
        var result = SummitLoader.Load(Some.Seed10Path);

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        var summit = result.Summit!;
        summit.SchemaVersion.ShouldBe("1.0");
        summit.Language.ShouldBe("en");
        summit.Event.EndDate.ShouldBeNull();
        summit.Event.Parties[0].NativeNameLanguage.ShouldBeNull();
        summit.Indicator("documents-signed").Qualifier.ShouldBe(Qualifier.UpTo);
        summit.Indicator("trade-volume-2024").Unit.ShouldBe(new Unit("USD bn", "USD ", " bn", "USD billion", 1));
        summit.Indicators.ShouldAllBe(i => !i.IsChange);
    }

    [Fact]
    public void Every_construct_of_schema_1_1_reaches_the_model()
    {
        var summit = Minimal();

        summit.SchemaVersion.ShouldBe("1.1");
        summit.Language.ShouldBe("en-GB");
        summit.Event.Date.ShouldBe(new DateOnly(2024, 10, 22));
        summit.Event.EndDate.ShouldBe(new DateOnly(2024, 10, 24));
        summit.Event.Parties.Select(p => p.NativeNameLanguage).ShouldBe(["ar", "ja"]);
        summit.Event.Leaders[0].NativeNameLanguage.ShouldBe("ja");
        summit.Themes[0].Quotes[0].Language.ShouldBe("ja");
        summit.Indicator("investment").Unit.ShouldBe(new Unit("JPY bn", "JPY ", " bn", "JPY billion", 1));
        summit.Indicator("investment").Qualifier.ShouldBe(Qualifier.Nearly);
        summit.Indicator("visitors-change").IsChange.ShouldBeTrue();
        summit.Indicator("visitors-change").Value.ShouldBe(-300_000);
    }

    [Fact]
    public void Without_a_language_the_dataset_is_in_English()
    {
        var result = Some.LoadMinimal("  \"language\": \"en-GB\",\n", "");

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        result.Summit!.Language.ShouldBe("en");
    }

    [Theory]
    [InlineData("SAR bn", "SAR 5.2 bn", "SAR billion")]
    [InlineData("AED m", "AED 5.2 m", "AED million")]
    [InlineData("KRW tn", "KRW 5.2 tn", "KRW trillion")]
    [InlineData("INR", "INR 5.2", "INR")]
    [InlineData("XDR bn", "XDR 5.2 bn", "XDR billion")]
    [InlineData("TB", "5.2 TB", "terabytes")]
    [InlineData("PB", "5.2 PB", "petabytes")]
    [InlineData("percentage points", "5.2 pp", "percentage points")]
    public void Money_in_any_ISO_4217_currency_data_volumes_and_percentage_points_are_units(string unit, string written, string axis)
    {
        var result = Some.LoadMinimal("\"unit\": \"JPY bn\"", $"\"unit\": \"{unit}\"");

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        var indicator = result.Summit!.Indicator("investment") with { Qualifier = Qualifier.Exact };
        FigureFormatter.Default.Qualified(indicator).ShouldBe(written);
        indicator.Unit.AxisTitle.ShouldBe(axis);
    }

    [Fact]
    public void A_change_keeps_its_sign_a_rise_written_with_a_plus()
    {
        var summit = Minimal();
        var fall = summit.Indicator("visitors-change");
        var rise = fall with { Value = 1.5, Unit = Units.Find("percentage points")! };

        FigureFormatter.Default.Qualified(fall).ShouldBe("-300,000");
        FigureFormatter.Default.Qualified(rise).ShouldBe("+1.5 pp");
    }

    [Theory]
    [InlineData("XYZ bn")]
    [InlineData("jpy bn")]
    [InlineData("JPY billion")]
    [InlineData("JPYbn")]
    [InlineData("USD bn ")]
    public void A_unit_that_is_no_ISO_4217_currency_nor_a_known_unit_is_located(string unit)
    {
        var error = ErrorAt(Some.LoadMinimal("\"unit\": \"JPY bn\"", $"\"unit\": \"{unit}\""), "$.indicators[0].unit");

        (error.Line, error.Column).ShouldBe((31, 15));
        error.Expected.ShouldNotBeNull().ShouldContain("ISO 4217");
    }

    [Fact]
    public void An_end_date_before_the_start_is_located()
    {
        var error = ErrorAt(Some.LoadMinimal("\"endDate\": \"2024-10-24\"", "\"endDate\": \"2024-10-21\""), "$.event.endDate");

        (error.Line, error.Column).ShouldBe((7, 16));
        error.Problem.ShouldBe("The summit ends (2024-10-21) before it starts (2024-10-22).");
        error.Expected.ShouldBe("an end date on or after \"date\" (2024-10-22)");
    }

    [Fact]
    public void An_end_date_that_is_no_real_day_is_located()
    {
        var error = ErrorAt(Some.LoadMinimal("\"endDate\": \"2024-10-24\"", "\"endDate\": \"2024-10-32\""), "$.event.endDate");

        (error.Line, error.Column).ShouldBe((7, 16));
        error.Problem.ShouldContain("not a real calendar date");
    }

    [Fact]
    public void An_end_date_on_the_start_day_is_a_one_day_summit()
    {
        var result = Some.LoadMinimal("\"endDate\": \"2024-10-24\"", "\"endDate\": \"2024-10-22\"");

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        result.Summit!.Event.EndDate.ShouldBe(new DateOnly(2024, 10, 22));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("zh-Hans")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn-RS")]
    [InlineData("es-419")]
    [InlineData("de-CH-1901")]
    [InlineData("en-US-x-twain")]
    [InlineData("yue")]
    [InlineData("i-klingon")]
    public void A_well_formed_BCP_47_tag_is_a_language(string tag)
    {
        var result = Some.LoadMinimal("\"language\": \"en-GB\"", $"\"language\": \"{tag}\"");

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        result.Summit!.Language.ShouldBe(tag);
    }

    [Theory]
    [InlineData("english")]
    [InlineData("en_GB")]
    [InlineData("e")]
    [InlineData("en-")]
    [InlineData("123")]
    [InlineData("en--GB")]
    [InlineData("")]
    public void A_language_that_is_no_BCP_47_tag_is_located(string tag)
    {
        var error = ErrorAt(Some.LoadMinimal("\"language\": \"en-GB\"", $"\"language\": \"{tag}\""), "$.language");

        (error.Line, error.Column).ShouldBe((3, 15));
        error.Expected.ShouldNotBeNull().ShouldContain("BCP 47");
    }

    [Fact]
    public void A_bad_lang_on_a_native_name_or_a_quote_is_located()
    {
        var party = ErrorAt(Some.LoadMinimal("\"lang\": \"ar\"", "\"lang\": \"arabic\""), "$.event.parties[0].lang");
        var leader = ErrorAt(Some.LoadMinimal("\"岸田文雄\", \"lang\": \"ja\"", "\"岸田文雄\", \"lang\": \"ja_JP\""), "$.event.leaders[0].lang");
        var quote = ErrorAt(Some.LoadMinimal("\"Fumio Kishida\", \"lang\": \"ja\" }", "\"Fumio Kishida\", \"lang\": \"j\" }"), "$.themes[0].quotes[0].lang");

        (party.Line, party.Column).ShouldBe((10, 79));
        (leader.Line, leader.Column).ShouldBe((14, 64));
        (quote.Line, quote.Column).ShouldBe((23, 75));
    }

    [Fact]
    public void A_lang_without_a_native_name_is_located()
    {
        var error = ErrorAt(Some.LoadMinimal("\"nativeName\": \"日本\", ", ""), "$.event.parties[1].lang");

        (error.Line, error.Column).ShouldBe((11, 46));
        error.Problem.ShouldBe("\"lang\" gives the language of \"nativeName\", which this party does not have.");
    }

    [Fact]
    public void A_negative_count_that_is_not_marked_a_change_is_located_and_the_flag_is_named()
    {
        var error = ErrorAt(Some.LoadMinimal("      \"change\": true,\n", ""), "$.indicators[1].value");

        (error.Line, error.Column).ShouldBe((42, 16));
        error.Problem.ShouldBe("A people figure cannot be negative (-300000).");
        error.Expected.ShouldBe("zero or more; or \"change\": true when the figure is a rise or a fall");
    }

    [Fact]
    public void A_change_measured_in_calendar_years_is_located()
    {
        var error = ErrorAt(Some.LoadMinimal("\"unit\": \"people\"", "\"unit\": \"year\""), "$.indicators[1].change");

        (error.Line, error.Column).ShouldBe((44, 17));
        error.Expected.ShouldBe("the unit \"years\" for a change in time");
    }

    [Fact]
    public void What_schema_1_1_adds_is_an_error_in_a_file_that_declares_1_0()
    {
        var result = Some.LoadMinimal("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.0\"");

        result.IsValid.ShouldBeFalse();
        result.Errors.Select(e => (e.Path, e.Line, e.Column)).ShouldBe(
        [
            ("$.language", 3, 15),
            ("$.event.endDate", 7, 16),
            ("$.event.parties[0].lang", 10, 79),
            ("$.event.parties[1].lang", 11, 66),
            ("$.event.leaders[0].lang", 14, 64),
            ("$.themes[0].quotes[0].lang", 23, 75),
            ("$.indicators[0].unit", 31, 15),
            ("$.indicators[0].qualifier", 34, 20),
            ("$.indicators[1].change", 44, 17),
        ]);
        result.Errors.ShouldAllBe(e => e.Expected == "\"schemaVersion\": \"1.1\", or only what schema 1.0 defines");
        result.Errors[6].Problem.ShouldBe("The unit \"JPY bn\" is new in schema 1.1, and the file declares \"schemaVersion\": \"1.0\".");
    }

    [Fact]
    public void An_unknown_schema_version_is_located()
    {
        var error = ErrorAt(Some.LoadMinimal("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.2\""), "$.schemaVersion");

        (error.Line, error.Column).ShouldBe((2, 20));
        error.Expected.ShouldBe("one of \"1.0\", \"1.1\"");
    }

    [Fact]
    public void The_schema_editors_read_names_the_same_units_and_currencies_as_the_loader()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Repository.Path("input", "summit.schema.json")));
        var unit = schema.RootElement.GetProperty("$defs").GetProperty("unit").GetProperty("anyOf");

        unit[0].GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldBe(Units.Named.Select(u => u.Id));
        var pattern = unit[1].GetProperty("pattern").GetString()!;
        pattern.ShouldStartWith("^(");
        pattern.ShouldEndWith(")( (m|bn|tn))?$");
        pattern[2..^15].Split('|').ShouldBe(Currencies.Codes.Order(StringComparer.Ordinal), ignoreOrder: false);
        Currencies.Codes.Count.ShouldBe(181);
        Currencies.Codes.ShouldContain("SAR");
        Currencies.Codes.ShouldContain("AED");
        Currencies.Codes.ShouldContain("JPY");
        Currencies.Codes.ShouldContain("KRW");
        Currencies.Codes.ShouldContain("INR");
        Currencies.Codes.ShouldNotContain("XXX");
    }
}
