using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Reports.Synthetic;

/// <summary>
/// Writes a valid dataset of any size, deterministic by seed: N indicators spread over themes, with
/// charts, quotes, agreements and key figures — for scale tests and benchmarks. Same (N, seed) → same bytes.
/// </summary>
public static class SyntheticDataset
{
    static readonly string[] Units = ["USD bn", "bcm", "people", "count", "percent", "km"];
    static readonly string[] Qualifiers = ["exact", "approximately", "at-least", "more-than", "up-to"];
    static readonly string[] Kinds = ["actual", "target", "forecast"];
    static readonly string[] Words = ["trade", "energy", "grain", "rail", "ports", "students", "tourists", "loans", "science", "media", "health", "space"];

    /// <param name="indicators">How many indicators (at least 1).</param>
    /// <param name="themes">How many themes the indicators are spread over (default: about one per 25, 3–40).</param>
    /// <param name="paragraphChars">Approximate length of each theme's summary text.</param>
    public static string Json(int indicators, int seed = 1, int? themes = null, int paragraphChars = 600)
    {
        var random = new Random(seed);
        var themeCount = themes ?? Math.Clamp(indicators / 25, 3, 40);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "./summit.schema.json");
            json.WriteString("schemaVersion", "1.0");
            Event(json);
            Summary(json, indicators);
            Themes(json, themeCount, indicators, paragraphChars, random);
            Indicators(json, indicators, themeCount, random);
            Charts(json, indicators, themeCount);
            Agreements(json);
            json.WriteStartArray("sources");
            json.WriteStartObject();
            json.WriteString("id", "synthetic");
            json.WriteString("title", "Synthetic dataset for scale tests");
            json.WriteString("note", $"Generated with seed {seed}; not real data.");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    static string Id(int i) => "ind-" + i.ToString("000000", CultureInfo.InvariantCulture);

    static string Theme(int t) => "theme-" + t.ToString("00", CultureInfo.InvariantCulture);

    static int ThemeOf(int indicator, int themes) => indicator % themes;

    static void Event(Utf8JsonWriter json)
    {
        json.WriteStartObject("event");
        json.WriteString("title", "Synthetic Summit");
        json.WriteString("subtitle", "A generated dataset for scale tests");
        json.WriteString("date", "2025-06-01");
        json.WriteString("place", "Geneva, Switzerland");
        json.WriteStartArray("parties");
        foreach (var (id, name) in new[] { ("aa", "Alphaland"), ("bb", "Betaland") })
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("name", name);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("leaders");
        json.WriteStartObject();
        json.WriteString("name", "A. Leader");
        json.WriteString("role", "President of Alphaland");
        json.WriteString("party", "aa");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    static void Summary(Utf8JsonWriter json, int indicators)
    {
        json.WriteStartObject("summary");
        json.WriteStartArray("keyJudgements");
        for (var k = 0; k < 4; k++)
        {
            json.WriteStartObject();
            json.WriteString("text", $"Judgement {k + 1}: the figures point in one direction, and the record supports it.");
            json.WriteStartArray("indicators");
            json.WriteStringValue(Id(k % indicators));
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("headlineIndicators");
        for (var i = 0; i < Math.Min(4, indicators); i++)
            json.WriteStringValue(Id(i));
        json.WriteEndArray();
        json.WriteEndObject();
    }

    static void Themes(Utf8JsonWriter json, int themes, int indicators, int paragraphChars, Random random)
    {
        json.WriteStartArray("themes");
        for (var t = 0; t < themes; t++)
        {
            json.WriteStartObject();
            json.WriteString("id", Theme(t));
            json.WriteString("title", $"Theme {t + 1}: {Words[t % Words.Length]} and {Words[(t + 5) % Words.Length]}");
            json.WriteStartArray("summary");
            json.WriteStringValue(Prose(paragraphChars, random));
            json.WriteEndArray();
            json.WriteStartArray("quotes");
            json.WriteStartObject();
            json.WriteString("text", "We agreed to keep working together on this, step by step.");
            json.WriteString("speaker", "A. Leader");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("keyFigures");
            for (var i = t; i < indicators && i < t + 3 * themes; i += themes)
                json.WriteStringValue(Id(i));
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    static void Indicators(Utf8JsonWriter json, int indicators, int themes, Random random)
    {
        json.WriteStartArray("indicators");
        for (var i = 0; i < indicators; i++)
        {
            var unit = Units[ThemeOf(i, themes) % Units.Length];
            json.WriteStartObject();
            json.WriteString("id", Id(i));
            json.WriteString("label", $"{Words[random.Next(Words.Length)]} figure {i + 1}");
            json.WriteNumber("value", Math.Round(random.NextDouble() * (unit is "people" ? 2_000_000 : 500), unit is "people" or "count" ? 0 : 1));
            json.WriteString("unit", unit);
            json.WriteString("period", (2015 + random.Next(12)).ToString(CultureInfo.InvariantCulture));
            json.WriteString("theme", Theme(ThemeOf(i, themes)));
            json.WriteString("qualifier", Qualifiers[random.Next(Qualifiers.Length)]);
            json.WriteString("kind", Kinds[random.Next(Kinds.Length)]);
            json.WriteString("source", "synthetic");
            json.WriteString("excerpt", $"Sentence {i + 1} of the synthetic source, which states figure {i + 1}.");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>One bar chart per theme over up to six of its indicators (all in the theme's unit).</summary>
    static void Charts(Utf8JsonWriter json, int indicators, int themes)
    {
        json.WriteStartArray("charts");
        for (var t = 0; t < themes && t < indicators; t++)
        {
            var members = Enumerable.Range(0, 6).Select(k => t + k * themes).Where(i => i < indicators).ToList();
            json.WriteStartObject();
            json.WriteString("id", "chart-" + Theme(t));
            json.WriteString("theme", Theme(t));
            json.WriteString("title", $"Selected figures, theme {t + 1}");
            json.WriteString("type", "bar");
            json.WriteStartArray("categories");
            foreach (var i in members)
                json.WriteStringValue($"Figure {i + 1}");
            json.WriteEndArray();
            json.WriteStartArray("series");
            json.WriteStartObject();
            json.WriteString("name", "Value");
            json.WriteStartArray("indicators");
            foreach (var i in members)
                json.WriteStringValue(Id(i));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    static void Agreements(Utf8JsonWriter json)
    {
        json.WriteStartArray("agreements");
        json.WriteStartObject();
        json.WriteString("id", "statements");
        json.WriteString("name", "Joint statements");
        json.WriteStartArray("documents");
        json.WriteStartObject();
        json.WriteString("title", "Joint statement on cooperation");
        json.WriteString("source", "synthetic");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    static string Prose(int chars, Random random)
    {
        var text = new StringBuilder(chars + 20);
        while (text.Length < chars)
            text.Append(Words[random.Next(Words.Length)]).Append(random.Next(9) == 0 ? ". " : " ");
        return text.ToString().Trim() + ".";
    }
}
