using System.Text.Json.Nodes;
using Reports.Domain.Loading;

namespace Reports.Domain.Tests;

/// <summary>Malformed and invalid datasets: each must give a located, actionable error, never an exception.</summary>
public sealed class InvalidInputTests
{
    static DatasetError Single(LoadResult result, string path)
    {
        result.IsValid.ShouldBeFalse();
        result.Summit.ShouldBeNull();
        var matching = result.Errors.Where(e => e.Path == path).ToList();
        matching.ShouldNotBeEmpty($"no error at {path}; got:\n{string.Join("\n", result.Errors)}");
        return matching[0];
    }

    [Theory]
    [InlineData("", "$", "empty")]
    [InlineData("   \n", "$", "empty")]
    [InlineData("{\"schemaVersion\": \"1.0\",", "$", "truncated")]
    [InlineData("{\"a\": [1, 2,]}", "$.a", "trailing comma")]
    [InlineData("{\"a\": \"bad \\q escape\"}", "$.a", "escape")]
    [InlineData("{\"a\": 1} // comment", "$", "Comments")]
    [InlineData("{\"a\": 1, \"a\": 2}", "$", "twice")]
    [InlineData("{\"a\": \"tab\there\"}", "$.a", "control character")]
    [InlineData("[1, 2", "$", "truncated")]
    [InlineData("{\"a\": NaN}", "$.a", "Malformed")]
    [InlineData("{\"a\": Infinity}", "$.a", "Malformed")]
    public void Malformed_json_is_reported_with_position_and_no_exception(string text, string path, string problem)
    {
        var result = Some.Load(text);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Path.ShouldStartWith(path);
        error.Problem.ShouldContain(problem, Case.Insensitive);
        error.Expected.ShouldNotBeNullOrWhiteSpace();
        error.File.ShouldBe("test.json");
    }

    [Fact]
    public void Syntax_error_position_is_line_and_character_column()
    {
        var result = Some.Load("{\n  \"title\": \"Москва\",\n  \"x\": ]\n}");

        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((3, 8));
    }

    [Fact]
    public void A_byte_order_mark_is_reported()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("{}"u8.ToArray()).ToArray();

        var error = SummitLoader.Load("bom.json", bytes).Errors.ShouldHaveSingleItem();

        error.Problem.ShouldContain("byte order mark");
        (error.Line, error.Column).ShouldBe((1, 1));
    }

    [Fact]
    public void Invalid_utf8_is_reported_where_it_is()
    {
        var bytes = "{\n  \"a\": \"x"u8.ToArray().Concat(new byte[] { 0xC3, 0x28 }).Concat("\"}"u8.ToArray()).ToArray();

        var error = SummitLoader.Load("bad.json", bytes).Errors.ShouldHaveSingleItem();

        error.Problem.ShouldContain("Invalid UTF-8 byte 0xC3");
        (error.Line, error.Column).ShouldBe((2, 10));
    }

    [Fact]
    public void Deep_nesting_fails_politely()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);

        Some.Load(text).Errors.ShouldHaveSingleItem().Problem.ShouldContain("nested more than");
    }

    [Fact]
    public void Missing_file_and_folder_are_errors_not_exceptions()
    {
        SummitLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-dataset.json")).Errors.ShouldHaveSingleItem().Problem.ShouldContain("cannot be read");
        SummitLoader.Load(Path.GetTempPath()).Errors.ShouldHaveSingleItem().Problem.ShouldContain("folder");
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_value_is_reported_with_its_path()
    {
        var text = File.ReadAllText(Some.SeedPath).Replace("\"place\": \"Moscow, Russia\"", "\"place\": \"Moscow \\ud800 Russia\"");

        var error = Single(Some.Load(text), "$.event.place");

        error.Problem.ShouldContain("unpaired UTF-16 surrogate");
        error.Line.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_property_name_is_reported_where_it_is()
    {
        var error = Some.Load("{\n  \"event\": {\n    \"pl\\udc00ace\": 1\n  }\n}").Errors.ShouldHaveSingleItem();

        error.Path.ShouldStartWith("$.event");
        (error.Line, error.Column).ShouldBe((3, 5));
    }

    [Fact]
    public void A_duplicate_property_is_reported_at_the_second_one()
    {
        var error = Some.Load("{\n  \"a\": {\n    \"value\": 1,\n    \"value\": 2\n  }\n}").Errors.ShouldHaveSingleItem();

        error.Path.ShouldBe("$.a.value");
        (error.Line, error.Column).ShouldBe((4, 5));
        error.Problem.ShouldContain("appears twice");
    }

    [Theory]
    [InlineData("1e16", "larger")]
    [InlineData("-1.7976931348623157e308", "smaller")]
    public void Figures_beyond_a_quadrillion_are_rejected(string value, string problem)
    {
        var text = File.ReadAllText(Some.SeedPath).Replace("\"value\": 245,", $"\"value\": {value},");

        var error = Single(Some.Load(text), "$.indicators[4].value");

        error.Problem.ShouldContain(problem);
    }

    [Fact]
    public void A_missing_required_property_names_it()
    {
        var error = Single(Some.SeedWith(j => j["event"]!.AsObject().Remove("title")), "$.event");

        error.Problem.ShouldContain("\"title\"");
        error.Line.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void An_unknown_property_lists_the_known_ones()
    {
        var error = Single(Some.SeedWith(j => j["event"]!["venue"] = "Kremlin"), "$.event.venue");

        error.Problem.ShouldContain("Unknown property \"venue\"");
        error.Expected!.ShouldContain("place");
    }

    [Fact]
    public void A_wrong_type_says_what_was_found_and_what_is_expected()
    {
        var error = Single(Some.SeedWith(j => j["indicators"]![0]!["value"] = "245"), "$.indicators[0].value");

        error.Problem.ShouldContain("found a string");
        error.Expected.ShouldBe("a number");
    }

    [Fact]
    public void An_unknown_unit_lists_the_known_units()
    {
        var error = Single(Some.SeedWith(j => j["indicators"]![4]!["unit"] = "furlongs"), "$.indicators[4].unit");

        error.Problem.ShouldContain("\"furlongs\"");
        error.Expected!.ShouldContain("\"USD bn\"");
    }

    [Fact]
    public void An_unknown_qualifier_lists_the_allowed_ones()
    {
        var error = Single(Some.SeedWith(j => j["indicators"]![1]!["qualifier"] = "roughly"), "$.indicators[1].qualifier");

        error.Expected!.ShouldContain("\"approximately\"");
    }

    [Fact]
    public void A_bad_id_explains_the_id_form()
    {
        var error = Single(Some.SeedWith(j => j["indicators"]![0]!["id"] = "Trade Volume"), "$.indicators[0].id");

        error.Expected!.ShouldContain("kebab case");
    }

    [Fact]
    public void An_empty_title_is_rejected()
    {
        var error = Single(Some.SeedWith(j => j["themes"]![0]!["title"] = "   "), "$.themes[0].title");

        error.Expected.ShouldBe("non-blank text");
    }

    [Fact]
    public void Duplicate_ids_point_at_the_first_use()
    {
        var error = Single(Some.SeedWith(j => j["indicators"]![1]!["id"] = "documents-signed"), "$.indicators[1].id");

        error.Problem.ShouldContain("already used at $.indicators[0].id");
    }

    [Fact]
    public void Dangling_references_are_reported_with_the_known_ids()
    {
        var result = Some.SeedWith(j =>
        {
            j["indicators"]![0]!["theme"] = "no-such-theme";
            j["charts"]![0]!["series"]![0]!["indicators"]![1] = "no-such-indicator";
            j["summary"]!["headlineIndicators"]![0] = "missing-headline";
            j["event"]!["leaders"]![0]!["party"] = "xx";
        });

        Single(result, "$.indicators[0].theme").Expected!.ShouldContain("overview");
        Single(result, "$.charts[0].series[0].indicators[1]").Problem.ShouldContain("Unknown indicator \"no-such-indicator\"");
        Single(result, "$.summary.headlineIndicators[0]").Problem.ShouldContain("missing-headline");
        Single(result, "$.event.leaders[0].party").Expected!.ShouldContain("ru, cn");
    }

    [Fact]
    public void All_errors_are_reported_at_once_in_file_order()
    {
        var result = Some.SeedWith(j =>
        {
            j["event"]!["date"] = "2025-02-30";
            j["indicators"]![2]!["unit"] = "parsecs";
            j["indicators"]![5]!["period"] = "1066";
            j["charts"]![1]!["theme"] = "nowhere";
        });

        result.Errors.Count.ShouldBe(4);
        result.Errors.Select(e => e.Line).ShouldBeInOrder();
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    public void Impossible_dates_are_rejected(string date)
    {
        var error = Single(Some.SeedWith(j => j["event"]!["date"] = date), "$.event.date");

        error.Problem.ShouldContain("not a real calendar date");
    }

    [Theory]
    [InlineData("1066", "outside")]
    [InlineData("2026/2024", "ends before it starts")]
    [InlineData("2024-13", "not a real")]
    public void Implausible_periods_are_rejected(string period, string problem)
    {
        var error = Single(Some.SeedWith(j => j["indicators"]![0]!["period"] = period), "$.indicators[0].period");

        error.Problem.ShouldContain(problem);
    }

    [Fact]
    public void A_number_beyond_double_range_is_reported()
    {
        var text = File.ReadAllText(Some.SeedPath).Replace("\"value\": 245,", "\"value\": 1e309,");

        var error = Single(Some.Load(text), "$.indicators[4].value");

        error.Problem.ShouldContain("out of range");
    }

    [Fact]
    public void Negative_counts_are_rejected()
    {
        var error = Single(Some.SeedWith(j => j["indicators"]![0]!["value"] = -3), "$.indicators[0].value");

        error.Problem.ShouldContain("cannot be negative");
    }

    [Fact]
    public void A_chart_mixing_units_is_rejected()
    {
        var error = Single(Some.SeedWith(j => j["charts"]![0]!["series"]![0]!["indicators"]![1] = "power-of-siberia-1-volume"),
            "$.charts[0].series[0].indicators[1]");

        error.Problem.ShouldContain("mixes units");
    }

    [Fact]
    public void A_series_must_have_one_entry_per_category()
    {
        var error = Single(Some.SeedWith(j => j["charts"]![0]!["series"]![0]!["indicators"]!.AsArray().RemoveAt(1)),
            "$.charts[0].series[0].indicators");

        error.Problem.ShouldContain("2 categories");
    }

    [Fact]
    public void A_series_value_that_is_neither_id_nor_null_is_reported_once()
    {
        var result = Some.SeedWith(j => j["charts"]![0]!["series"]![0]!["indicators"]![0] = 5);

        result.Errors.Count(e => e.Path == "$.charts[0].series[0].indicators[0]").ShouldBe(1);
    }

    [Fact]
    public void Empty_arrays_where_content_is_required_are_reported()
    {
        var result = Some.SeedWith(j => { j["themes"] = new JsonArray(); j["indicators"] = new JsonArray(); });

        Single(result, "$.themes").Problem.ShouldContain("Too few items");
        Single(result, "$.indicators").Problem.ShouldContain("Too few items");
    }

    [Fact]
    public void A_wrong_schema_version_says_which_is_supported()
    {
        var error = Single(Some.SeedWith(j => j["schemaVersion"] = "2.0"), "$.schemaVersion");

        error.Expected.ShouldBe("one of \"1.0\", \"1.1\"");
    }

    [Fact]
    public void Error_text_reads_file_line_column_path_problem_expected()
    {
        var error = Single(Some.SeedWith(j => j["indicators"]![0]!["kind"] = "guess"), "$.indicators[0].kind");

        error.ToString().ShouldMatch(@"^test\.json:\d+:\d+: \$\.indicators\[0\]\.kind: .+ Expected: .+$");
    }
}
