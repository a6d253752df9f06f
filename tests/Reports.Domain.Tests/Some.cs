using System.Text.Json.Nodes;
using Reports.Domain.Loading;

namespace Reports.Domain.Tests;

/// <summary>Test data: the real seed dataset, and mutated copies of it.</summary>
internal static class Some
{
    public static string SeedPath => Repository.SeedPath;

    public static string ArticlePath => Repository.Path("tests", "Reports.Domain.Tests", "Data", "russia-china-summit-article.txt");

    public static JsonObject SeedJson() => JsonNode.Parse(File.ReadAllText(SeedPath))!.AsObject();

    public static LoadResult Load(JsonNode json) => SummitLoader.Load("test.json", System.Text.Encoding.UTF8.GetBytes(json.ToJsonString(new() { WriteIndented = true })));

    public static LoadResult Load(string text) => SummitLoader.Load("test.json", System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The seed with one change applied.</summary>
    public static LoadResult SeedWith(Action<JsonObject> change)
    {
        var json = SeedJson();
        change(json);
        return Load(json);
    }

    /// <summary>An edition of the seed: the seed with some changes, which must leave it valid.</summary>
    public static Model.Summit Edition(Action<JsonObject> change)
    {
        var result = SeedWith(change);
        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        return result.Summit!;
    }

    public static Model.Summit Seed() => Edition(_ => { });

    /// <summary>The seed's indicator with this id, to edit in place.</summary>
    public static JsonObject Indicator(JsonObject json, string id) =>
        json["indicators"]!.AsArray().Select(i => i!.AsObject()).First(i => (string?)i["id"] == id);

    /// <summary>A figure of the given value, unit and qualifier; the rest is plausible filler.</summary>
    public static Model.Indicator Figure(double value, string unit, Model.Qualifier qualifier = Model.Qualifier.Exact) =>
        new("some-figure", "Some figure", value, Model.Units.Find(unit)!, "2024", "theme", qualifier, null, Model.IndicatorKind.Actual, null, "source", "An excerpt.", null);
}
