using System.Text.Json.Nodes;
using Reports.Domain.Loading;

namespace Reports.Domain.Tests;

/// <summary>Test data: the real seed dataset, and mutated copies of it.</summary>
internal static class Some
{
    public static string SeedPath => Repository.SeedPath;

    public static string ArticlePath => Repository.Path("tests", "Reports.Domain.Tests", "Data", "russia-china-summit-article.txt");

    /// <summary>The seed as it was in schema 1.0, kept byte for byte: 1.0 files must go on loading.</summary>
    public static string Seed10Path => Repository.Path("tests", "Reports.Domain.Tests", "Data", "summit-1.0.json");

    /// <summary>
    /// A small schema 1.1 dataset unlike the seed (a two-day Gulf–Japan meeting, yen and riyal figures),
    /// one value per line so that tests can name the line and column of each.
    /// </summary>
    public const string Minimal = """
        {
          "schemaVersion": "1.1",
          "language": "en-GB",
          "event": {
            "title": "Saudi–Japan Investment Forum",
            "date": "2024-10-22",
            "endDate": "2024-10-24",
            "place": "Riyadh",
            "parties": [
              { "id": "sa", "name": "Saudi Arabia", "nativeName": "السعودية", "lang": "ar" },
              { "id": "jp", "name": "Japan", "nativeName": "日本", "lang": "ja" }
            ],
            "leaders": [
              { "name": "Fumio Kishida", "nativeName": "岸田文雄", "lang": "ja", "role": "Prime Minister", "party": "jp" }
            ]
          },
          "summary": { "keyJudgements": [{ "text": "Investment grew." }], "headlineIndicators": ["investment"] },
          "themes": [
            {
              "id": "investment",
              "title": "Investment",
              "summary": ["Investment grew."],
              "quotes": [{ "text": "投資は増えた。", "speaker": "Fumio Kishida", "lang": "ja" }]
            }
          ],
          "indicators": [
            {
              "id": "investment",
              "label": "Japanese investment in Saudi Arabia",
              "value": 5.2,
              "unit": "JPY bn",
              "period": "2024",
              "theme": "investment",
              "qualifier": "nearly",
              "kind": "actual",
              "source": "s",
              "excerpt": "Japanese investment reached nearly JPY 5.2 bn."
            },
            {
              "id": "visitors-change",
              "label": "Change in Japanese visitors",
              "value": -300000,
              "unit": "people",
              "change": true,
              "period": "2024",
              "theme": "investment",
              "qualifier": "exact",
              "kind": "actual",
              "source": "s",
              "excerpt": "Japanese visitors fell by 300,000."
            }
          ],
          "charts": [],
          "agreements": [],
          "sources": [{ "id": "s", "title": "Forum communiqué" }]
        }
        """;

    public static LoadResult LoadMinimal(string find = "", string replace = "") =>
        Load(find.Length == 0 ? Minimal : Replaced(Minimal, find, replace));

    static string Replaced(string text, string find, string replace) =>
        text.Contains(find, StringComparison.Ordinal) ? text.Replace(find, replace, StringComparison.Ordinal) : throw new ArgumentException($"The minimal dataset holds no \"{find}\".");

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

    /// <summary>A synthetic dataset of 2,000 indicators (about 700 KB indented): large enough that the schema's
    /// pass/fail check is split and shared out over the cores.</summary>
    public static JsonObject Large() => JsonNode.Parse(Synthetic.SyntheticDataset.Json(2000))!.AsObject();

    /// <summary>The seed's indicator with this id, to edit in place.</summary>
    public static JsonObject Indicator(JsonObject json, string id) =>
        json["indicators"]!.AsArray().Select(i => i!.AsObject()).First(i => (string?)i["id"] == id);

    /// <summary>A figure of the given value, unit and qualifier; the rest is plausible filler.</summary>
    public static Model.Indicator Figure(double value, string unit, Model.Qualifier qualifier = Model.Qualifier.Exact) =>
        new("some-figure", "Some figure", value, Model.Units.Find(unit)!, "2024", "theme", qualifier, null, Model.IndicatorKind.Actual, null, "source", "An excerpt.", null);
}
