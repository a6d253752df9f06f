using System.Globalization;
using System.Text.Json.Nodes;
using Reports.Domain.Changes;
using Reports.Domain.Loading;
using Reports.Domain.Model;
using Reports.Synthetic;
using UglyToad.PdfPig;

namespace Reports.Brief.Tests;

/// <summary>Test data: the seed summit, a large synthetic one, and their rendered briefs (rendered once).</summary>
internal static class Briefs
{
    public static BriefOptions Options { get; } = BriefOptions.Default with
    {
        GeneratedAt = new DateTimeOffset(2025, 5, 8, 0, 0, 0, TimeSpan.Zero),
        GeneratorVersion = "1.2.3",
        // The shipped fonts alone, so what the tests read does not depend on the fonts a machine has installed.
        IgnoreSystemFonts = true,
    };

    static readonly Lazy<Summit> SeedSummit = new(() => Load(File.ReadAllBytes(Repository.SeedPath)));
    static readonly Lazy<byte[]> SeedPdf = new(() => Render(SeedSummit.Value, Options));
    static readonly Lazy<Summit> LargeSummit = new(() => Load(System.Text.Encoding.UTF8.GetBytes(SyntheticDataset.Json(300, seed: 3))));
    static readonly Lazy<byte[]> LargePdf = new(() => Render(LargeSummit.Value, Options));

    public static Summit Seed => SeedSummit.Value;
    public static byte[] SeedBytes => SeedPdf.Value;
    public static Summit Large => LargeSummit.Value;
    public static byte[] LargeBytes => LargePdf.Value;

    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    public static Summit Load(byte[] json)
    {
        var result = SummitLoader.Load("test.json", json);
        return result.Summit ?? throw new InvalidOperationException(string.Join("\n", result.Errors));
    }

    public static byte[] Render(Summit summit, BriefOptions options)
    {
        using var stream = new MemoryStream();
        BriefWriter.Write(summit, options, stream);
        return stream.ToArray();
    }

    /// <summary>All text of a document with whitespace runs collapsed, for "appears somewhere" checks.</summary>
    public static string Text(PdfDocument pdf) =>
        System.Text.RegularExpressions.Regex.Replace(string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))), @"\s+", " ");

    /// <summary>
    /// The appendix table read back: indicator id (its fragments rejoined where the id column wrapped it at
    /// hyphens) → the text of the row's first line.
    /// </summary>
    public static Dictionary<string, string> AppendixRows(PdfDocument pdf)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().ToList();
            var header = words.FirstOrDefault(w => w.Text == "Indicator" && words.Any(v => v.Text == "Value" && Math.Abs(v.BoundingBox.Bottom - w.BoundingBox.Bottom) < 0.5));
            if (header is null)
                continue;
            var (id, first) = ("", "");
            foreach (var line in words.Where(w => w.BoundingBox.Bottom < header.BoundingBox.Bottom - 1)
                .GroupBy(w => Math.Round(w.BoundingBox.Bottom, 1)).OrderByDescending(g => g.Key))
            {
                var ordered = line.OrderBy(w => w.BoundingBox.Left).ToList();
                var fragment = string.Concat(ordered.Where(w => w.BoundingBox.Right <= header.BoundingBox.Left).Select(w => w.Text));
                if (fragment.Length == 0)
                    continue;
                if (id.Length == 0)
                    first = " " + string.Join(" ", ordered.Select(w => w.Text)) + " ";
                id += fragment;
                if (!id.EndsWith('-'))
                    (rows[id], id) = (first, "");
            }
        }
        return rows;
    }

    public static CultureInfo EnGb { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// Three editions of the seed as a refreshed dataset goes. The second revises trade (245 → 260) and
    /// Russian visitors (1.6 → 1.5 million), gives the Cross-Years' length in days (730) rather than years,
    /// drops the Lunar New Year participants and adds a first-half trade figure to the trade cards; the
    /// third revises trade again (260 → 262) and the talks (7 → 8 hours) and adds a source.
    /// </summary>
    public static (Summit First, Summit Second, Summit Third) SeedEditions()
    {
        var second = Edited(null, json =>
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
        });
        var third = Edited(second.Json, json =>
        {
            Indicator(json, "trade-volume-2024")["value"] = 262;
            Indicator(json, "talks-duration")["value"] = 8;
            json["sources"]!.AsArray().Add(new JsonObject { ["id"] = "tass", ["title"] = "TASS report on the talks" });
        });
        return (Seed, second.Summit, third.Summit);
    }

    static (JsonObject Json, Summit Summit) Edited(JsonObject? from, Action<JsonObject> edit)
    {
        var json = (JsonObject)(from?.DeepClone() ?? JsonNode.Parse(File.ReadAllBytes(Repository.SeedPath))!);
        edit(json);
        return (json, Load(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString())));
    }

    static JsonObject Indicator(JsonObject json, string id) =>
        json["indicators"]!.AsArray().Select(i => i!.AsObject()).First(i => (string?)i["id"] == id);

    public static byte[] Render(Summit summit, BriefOptions options, ChangeSet? changes)
    {
        using var stream = new MemoryStream();
        BriefWriter.Write(summit, options, stream, changes);
        return stream.ToArray();
    }
}
