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

    /// <summary>The seed's three editions (<see cref="Reports.Tests.Support.SeedEditions"/>) loaded.</summary>
    public static (Summit First, Summit Second, Summit Third) SeedEditions()
    {
        var second = Edited(null, Reports.Tests.Support.SeedEditions.Second);
        var third = Edited(second.Json, Reports.Tests.Support.SeedEditions.Third);
        return (Seed, second.Summit, third.Summit);
    }

    /// <summary>The seed with an edit made to its JSON, loaded.</summary>
    public static Summit Edited(Action<JsonObject> edit) => Edited(null, edit).Summit;

    static (JsonObject Json, Summit Summit) Edited(JsonObject? from, Action<JsonObject> edit)
    {
        var json = (JsonObject)(from?.DeepClone() ?? JsonNode.Parse(File.ReadAllBytes(Repository.SeedPath))!);
        edit(json);
        return (json, Load(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString())));
    }

    public static byte[] Render(Summit summit, BriefOptions options, ChangeSet? changes)
    {
        using var stream = new MemoryStream();
        BriefWriter.Write(summit, options, stream, changes);
        return stream.ToArray();
    }
}
