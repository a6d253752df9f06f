using System.Globalization;
using System.Text.Json;
using Reports.Cli.Comparing;
using Reports.Cli.Running;

namespace Reports.Cli.Output;

/// <summary>Reads and writes the manifest with a fixed key order, so diffs of it are meaningful.</summary>
internal static class ManifestJson
{
    static readonly JsonWriterOptions Indented = new() { Indented = true };

    public static void Write(Manifest manifest, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Indented);
        json.WriteStartObject();
        json.WriteString("tool", ToolInfo.Name);
        json.WriteString("toolVersion", manifest.ToolVersion);
        json.WriteStartArray("datasets");
        foreach (var d in manifest.Datasets)
            WriteEntry(json, d);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    static void WriteEntry(Utf8JsonWriter json, ManifestEntry d)
    {
        json.WriteStartObject();
        json.WriteString("input", d.Input);
        json.WriteString("sha256", d.Sha256);
        if (d.ReportDate is { } date)
            json.WriteString("reportDate", IsoDate(date));
        json.WriteStartObject("options");
        foreach (var (key, value) in d.Options.OrderBy(o => o.Key, StringComparer.Ordinal))
            json.WriteString(key, value);
        json.WriteEndObject();
        json.WriteStartArray("outputs");
        foreach (var o in d.Outputs)
            WriteOutput(json, o);
        json.WriteEndArray();
        if (d.Snapshot is { } snapshot)
        {
            json.WritePropertyName("snapshot");
            WriteOutput(json, snapshot);
        }
        if (d.Comparison is { } comparison)
            WriteComparison(json, comparison);
        if (d.Brand is { } brand)
        {
            json.WriteStartObject("brand");
            json.WriteString("path", brand.Path);
            json.WriteString("sha256", brand.Sha256);
            json.WriteEndObject();
        }
        json.WriteStartObject("timings");
        foreach (var (stage, seconds) in d.Timings.OrderBy(t => t.Key, StringComparer.Ordinal))
            json.WriteNumber(stage, seconds);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    static void WriteOutput(Utf8JsonWriter json, OutputFile o)
    {
        json.WriteStartObject();
        json.WriteString("path", o.Path);
        json.WriteString("format", o.Format);
        json.WriteString("sha256", o.Sha256);
        json.WriteNumber("bytes", o.Bytes);
        if (o.Pages is { } pages)
            json.WriteNumber("pages", pages);
        if (o.Rows is { } rows)
            json.WriteNumber("rows", rows);
        if (o.Format == "xlsx")
            json.WriteNumber("neutralisedCells", o.NeutralisedCells);
        if (o.Fonts is { } fonts)
            WriteFonts(json, fonts);
        json.WriteEndObject();
    }

    static void WriteFonts(Utf8JsonWriter json, IReadOnlyList<Reports.Text.UsedFont> fonts)
    {
        json.WriteStartArray("fonts");
        foreach (var font in fonts)
        {
            json.WriteStartObject();
            json.WriteString("file", font.File);
            json.WriteString("sha256", font.Sha256);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    static void WriteComparison(Utf8JsonWriter json, ComparisonRecord c)
    {
        json.WriteStartObject("comparedWith");
        json.WriteString("path", c.Source);
        json.WriteString("sha256", c.Sha256);
        json.WriteString("since", IsoDate(c.Since));
        json.WriteEndObject();
    }

    static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A yyyy-MM-dd date, read by hand: <c>DateOnly.ParseExact</c> matches the pattern through the culture's
    /// collator, and building ICU's was about 7 ms of the start of every run that found a manifest.
    /// </summary>
    internal static DateOnly Date(JsonElement e)
    {
        var text = e.GetString() ?? "";
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4) is >= 1 and var year && Digits(text, 5, 2) is >= 1 and <= 12 and var month
            && Digits(text, 8, 2) is var day && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new DateOnly(year, month, day);
        throw new FormatException($"\"{text}\" is not a yyyy-MM-dd date.");
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits from <paramref name="start"/>, or -1.</summary>
    static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
                return -1;
            value = (value * 10) + (text[i] - '0');
        }
        return value;
    }

    public static Manifest? Parse(byte[] bytes)
    {
        using var doc = JsonDocument.Parse(bytes);
        var root = doc.RootElement;
        var datasets = root.GetProperty("datasets").EnumerateArray().Select(Entry).ToList();
        return new Manifest(root.GetProperty("toolVersion").GetString() ?? "", datasets);
    }

    static ManifestEntry Entry(JsonElement e) => new(
        e.GetProperty("input").GetString()!,
        e.GetProperty("sha256").GetString()!,
        e.GetProperty("options").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? ""),
        e.GetProperty("outputs").EnumerateArray().Select(Output).ToList(),
        e.GetProperty("timings").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble()))
    {
        ReportDate = e.TryGetProperty("reportDate", out var date) ? Date(date) : null,
        Snapshot = e.TryGetProperty("snapshot", out var snapshot) ? Output(snapshot) : null,
        Comparison = e.TryGetProperty("comparedWith", out var c)
            ? new ComparisonRecord(c.GetProperty("path").GetString()!, c.GetProperty("sha256").GetString()!, Date(c.GetProperty("since")))
            : null,
        Brand = e.TryGetProperty("brand", out var b) ? new Branding.BrandRecord(b.GetProperty("path").GetString()!, b.GetProperty("sha256").GetString()!) : null,
    };

    static OutputFile Output(JsonElement o) => new(
        o.GetProperty("path").GetString()!,
        o.GetProperty("format").GetString()!,
        o.GetProperty("sha256").GetString()!,
        o.GetProperty("bytes").GetInt64(),
        o.TryGetProperty("pages", out var p) ? p.GetInt32() : null,
        o.TryGetProperty("rows", out var r) ? r.GetInt32() : null,
        o.TryGetProperty("neutralisedCells", out var n) ? n.GetInt32() : 0)
    {
        Fonts = o.TryGetProperty("fonts", out var f)
            ? [.. f.EnumerateArray().Select(font => new Reports.Text.UsedFont(font.GetProperty("file").GetString()!, font.GetProperty("sha256").GetString()!))]
            : null,
    };
}
