using System.Text.Json.Nodes;

namespace Reports.Tests.Support;

/// <summary>
/// Three editions of the seed as a refreshed dataset goes, as edits of its JSON, shared by the brief's, the
/// workbook's and the command line's refresh tests. The second revises trade (245 → 260) and Russian visitors
/// (1.6 → 1.5 million), gives the Cross-Years' length in days (730) rather than years, drops the Lunar New Year
/// participants and adds a first-half trade figure to the trade cards; the third revises trade again
/// (260 → 262) and the talks (7 → 8 hours) and adds a source.
/// </summary>
internal static class SeedEditions
{
    public static void Second(JsonObject json)
    {
        Indicator(json, "trade-volume-2024")["value"] = 260;
        Indicator(json, "visitors-russia-to-china-2024")["value"] = 1_500_000;
        Indicator(json, "cross-years-span")["unit"] = "days";
        Indicator(json, "cross-years-span")["value"] = 730;
        var indicators = json["indicators"]!.AsArray();
        indicators.Remove(Indicator(json, "lunar-new-year-participants"));
        var added = (JsonObject)Indicator(json, "trade-volume-2024").DeepClone();
        added["id"] = "trade-volume-2025-h1";
        added["label"] = "Trade turnover, first half of 2025";
        added["value"] = 120.5;
        added["period"] = "2025";
        indicators.Add(added);
        json["themes"]!.AsArray().Single(t => (string?)t!["id"] == "trade-investment")!["keyFigures"]!.AsArray().Add("trade-volume-2025-h1");
    }

    public static void Third(JsonObject json)
    {
        Indicator(json, "trade-volume-2024")["value"] = 262;
        Indicator(json, "talks-duration")["value"] = 8;
        json["sources"]!.AsArray().Add(new JsonObject { ["id"] = "tass", ["title"] = "TASS report on the talks" });
    }

    static JsonObject Indicator(JsonObject json, string id) =>
        json["indicators"]!.AsArray().Select(i => i!.AsObject()).First(i => (string?)i["id"] == id);
}
