using System.Text.Json.Nodes;
using Reports.Domain.Loading;

namespace Reports.Domain.Tests;

/// <summary>
/// A large dataset's schema check runs in parts over the cores (SplitSchema); its errors must read exactly as a
/// whole-schema check gives them, in the same order. The expected lists were written by the tool before the split.
/// </summary>
public sealed class LargeDatasetErrorTests
{
    [Fact]
    public void A_bad_indicator_in_the_middle_of_a_large_dataset_is_reported_as_before()
    {
        var json = Some.Large();
        var indicator = json["indicators"]![1000]!.AsObject();
        indicator["unit"] = "USD bnn";
        indicator["colour"] = "red";

        var result = Some.Load(json);

        result.Errors.Select(e => e.ToString()).ShouldBe(
        [
            """
            test.json:12788:15: $.indicators[1000].unit: "USD bnn" is not an allowed value. Expected: A unit: one of the named units (bcm, million tonnes, tonnes, km, percent, percentage points, people, count, hours, hours per day, days, years, year, GB, TB, PB), or money as an ISO 4217 currency code, alone or with m, bn or tn ("JPY", "SAR m", "USD bn", "KRW tn"). Money other than USD bn, USD m, EUR bn, CNY bn and RUB bn, percentage points and data volumes are new in 1.1.
            """,
            """
            test.json:12795:17: $.indicators[1000].colour: Unknown property "colour". Expected: one of the known properties: id, label, value, unit, period, theme, qualifier, qualifierText, kind, change, direction, source, excerpt, note
            """,
        ]);
    }

    [Fact]
    public void Many_bad_indicators_in_a_large_dataset_are_reported_as_before_in_file_order()
    {
        var json = Some.Large();
        var indicators = json["indicators"]!.AsArray();
        indicators[1999]!["theme"] = "Theme-00";
        indicators[100]!["unit"] = "parsecs";
        indicators[1300]!["kind"] = 7;
        indicators[400]!["period"] = "20255";
        indicators[700]!["label"] = "   ";
        indicators[1000]!["qualifier"] = "roughly";
        indicators[1600]!["value"] = "12";
        indicators[1900]!.AsObject().Remove("excerpt");

        var result = Some.Load(json);

        result.Errors.Select(e => e.ToString()).ShouldBe(
        [
            """
            test.json:1988:15: $.indicators[100].unit: "parsecs" is not an allowed value. Expected: A unit: one of the named units (bcm, million tonnes, tonnes, km, percent, percentage points, people, count, hours, hours per day, days, years, year, GB, TB, PB), or money as an ISO 4217 currency code, alone or with m, bn or tn ("JPY", "SAR m", "USD bn", "KRW tn"). Money other than USD bn, USD m, EUR bn, CNY bn and RUB bn, percentage points and data volumes are new in 1.1.
            """,
            """
            test.json:5589:17: $.indicators[400].period: "20255" is not in the right form. Expected: When the figure applies: "2024", "2025-05", "2025-05-08" or a range "2024/2025".
            """,
            """
            test.json:9186:16: $.indicators[700].label: "   " is not in the right form. Expected: non-blank text
            """,
            """
            test.json:12791:20: $.indicators[1000].qualifier: "roughly" is not an allowed value. Expected: one of "exact", "approximately", "at-least", "more-than", "up-to", "nearly"
            """,
            """
            test.json:16392:15: $.indicators[1300].kind: 7 is not an allowed value. Expected: one of "actual", "target", "forecast"
            """,
            """
            test.json:19987:16: $.indicators[1600].value: Wrong type: found a string. Expected: a number
            """,
            """
            test.json:23584:5: $.indicators[1900]: Missing required property "excerpt". Expected: "excerpt" present in this object
            """,
            """
            test.json:24777:16: $.indicators[1999].theme: "Theme-00" is not in the right form. Expected: A stable identifier in lower-case kebab case, e.g. "trade-volume-2024".
            """,
        ]);
    }

    [Fact]
    public void A_valid_large_dataset_passes_the_split_check()
    {
        var result = Some.Load(Some.Large());

        result.Errors.ShouldBeEmpty();
        result.Summit!.Indicators.Count.ShouldBe(2000);
    }

    /// <summary>One fault per rule the parts divide between them: the item's own keywords, the names allowed,
    /// each property's subschema, a value repeated after a good one, and the rest of the document.</summary>
    [Theory]
    [InlineData("unit of the 8th indicator", false)]
    [InlineData("unit of the 8th indicator, after 7 good ones of that unit", false)]
    [InlineData("an unknown property", false)]
    [InlineData("a missing required property", false)]
    [InlineData("an item that is not an object", false)]
    [InlineData("a number beyond a quadrillion", false)]
    [InlineData("an id too long", false)]
    [InlineData("an excerpt of spaces", false)]
    [InlineData("a direction missing its to", false)]
    [InlineData("no indicators at all", false)]
    [InlineData("a theme without a title", false)]
    [InlineData("an unknown property at the root", false)]
    [InlineData("a source url that is not one", false)]
    [InlineData("nothing", true)]
    public void The_split_check_gives_the_whole_schemas_verdict(string fault, bool valid)
    {
        var json = JsonNode.Parse(Synthetic.SyntheticDataset.Json(40))!.AsObject();
        var indicators = json["indicators"]!.AsArray();
        Break(fault, json, indicators);
        using var document = System.Text.Json.JsonDocument.Parse(json.ToJsonString());

        SchemaValidator.SplitPasses(document.RootElement).ShouldBe(valid);
        Some.Load(json).IsValid.ShouldBe(valid);
    }

    /// <summary>
    /// An invalid large dataset is described from its invalid items alone (SplitSchema.Narrow): each fault, and
    /// all of them at once, must give the problems the whole document gives, at the same indexes, in the same order.
    /// </summary>
    [Theory]
    [InlineData("unit of the 8th indicator")]
    [InlineData("an unknown property")]
    [InlineData("a missing required property")]
    [InlineData("an item that is not an object")]
    [InlineData("a number beyond a quadrillion")]
    [InlineData("a direction missing its to")]
    [InlineData("no indicators at all")]
    [InlineData("a theme without a title")]
    [InlineData("an unknown property at the root")]
    [InlineData("a source url that is not one")]
    [InlineData("all of them")]
    public void An_invalid_large_dataset_described_from_its_invalid_items_has_the_whole_documents_problems(string fault)
    {
        // 3,000 indicators: two chunks of the split check (2,048 items each), a fault in each.
        var json = JsonNode.Parse(Synthetic.SyntheticDataset.Json(3000))!.AsObject();
        var indicators = json["indicators"]!.AsArray();
        string[] faults = fault == "all of them"
            ? ["unit of the 8th indicator", "an unknown property at the root", "a theme without a title", "a source url that is not one", "a direction missing its to"]
            : [fault];
        foreach (var f in faults)
            Break(f, json, indicators);
        if (indicators.Count > 2500)
            indicators[2500]!["unit"] = "leagues";
        if (indicators.Count > 0)
            indicators.Add(indicators[^1]!.DeepClone()); // a valid last item
        var agreements = json["agreements"]!.AsArray();
        while (indicators.Count == 0 && agreements.Count < 2000)
            agreements.Add(agreements[0]!.DeepClone()); // an empty indicators array in a file still large
        var bytes = System.Text.Encoding.UTF8.GetBytes(json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        bytes.Length.ShouldBeGreaterThanOrEqualTo(SchemaValidator.SplitFrom);
        var source = JsonSource.Parse("test.json", bytes).Source!;

        var narrowed = SchemaValidator.Validate(source).Select(e => e.ToString()).ToList();

        narrowed.ShouldNotBeEmpty();
        narrowed.ShouldBe(SchemaValidator.DescribeWhole(source).Select(e => e.ToString()).ToList());
    }

    [Fact]
    public void A_large_dataset_whose_every_indicator_is_wrong_is_described_in_pieces_with_the_whole_documents_problems()
    {
        // 5,000 wrong indicators: two pieces of the detailed evaluation (4,096 items each), the first indicator in both.
        var json = JsonNode.Parse(Synthetic.SyntheticDataset.Json(5000))!.AsObject();
        foreach (var indicator in json["indicators"]!.AsArray())
            indicator!["kind"] = "estimate";
        Break("an unknown property at the root", json, json["indicators"]!.AsArray());
        Break("a theme without a title", json, json["indicators"]!.AsArray());
        var source = JsonSource.Parse("test.json", System.Text.Encoding.UTF8.GetBytes(json.ToJsonString())).Source!;

        var narrowed = SchemaValidator.Validate(source).Select(e => e.ToString()).ToList();

        narrowed.Count.ShouldBe(5002);
        narrowed.Count(e => e.Contains("$.indicators[0].kind", StringComparison.Ordinal)).ShouldBe(1);
        narrowed.ShouldBe(SchemaValidator.DescribeWhole(source).Select(e => e.ToString()).ToList());
    }

    [Fact]
    public void A_large_document_without_any_of_the_datasets_arrays_is_described_as_the_whole()
    {
        var json = new JsonObject { ["schemaVersion"] = "1.1", ["notes"] = new string('x', 200_000) };
        var source = JsonSource.Parse("test.json", System.Text.Encoding.UTF8.GetBytes(json.ToJsonString())).Source!;

        var problems = SchemaValidator.Validate(source).Select(e => e.ToString()).ToList();

        problems.ShouldContain(p => p.StartsWith("test.json:1:", StringComparison.Ordinal) && p.Contains("Unknown property \"notes\"", StringComparison.Ordinal));
        problems.ShouldBe(SchemaValidator.DescribeWhole(source).Select(e => e.ToString()).ToList());
    }

    static void Break(string fault, JsonObject json, JsonArray indicators)
    {
        switch (fault)
        {
            case "unit of the 8th indicator":
                indicators[7]!["unit"] = "furlongs";
                break;
            case "unit of the 8th indicator, after 7 good ones of that unit":
                for (var i = 0; i < 8; i++)
                    indicators[i]!["unit"] = i < 7 ? "USD bn" : "USD bnn";
                break;
            case "an unknown property":
                indicators[3]!["colour"] = "red";
                break;
            case "a missing required property":
                indicators[3]!.AsObject().Remove("period");
                break;
            case "an item that is not an object":
                indicators[3] = 5;
                break;
            case "a number beyond a quadrillion":
                indicators[3]!["value"] = 2e15;
                break;
            case "an id too long":
                indicators[3]!["id"] = new string('a', 81);
                break;
            case "an excerpt of spaces":
                indicators[3]!["excerpt"] = "  ";
                break;
            case "a direction missing its to":
                indicators[3]!["direction"] = new JsonObject { ["from"] = "aa" };
                break;
            case "no indicators at all":
                indicators.Clear();
                break;
            case "a theme without a title":
                json["themes"]![0]!.AsObject().Remove("title");
                break;
            case "an unknown property at the root":
                json["colour"] = "red";
                break;
            case "a source url that is not one":
                json["sources"]![0]!["url"] = "https://exa mple.org/a b";
                break;
        }
    }
}
