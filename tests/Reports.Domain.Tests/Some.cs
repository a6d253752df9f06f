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

    /// <summary>A figure of the given value, unit and qualifier; the rest is plausible filler.</summary>
    public static Model.Indicator Figure(double value, string unit, Model.Qualifier qualifier = Model.Qualifier.Exact) =>
        new("some-figure", "Some figure", value, Model.Units.Find(unit)!, "2024", "theme", qualifier, null, Model.IndicatorKind.Actual, null, "source", "An excerpt.", null);
}
