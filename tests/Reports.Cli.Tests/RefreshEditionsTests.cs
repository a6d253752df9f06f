using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using UglyToad.PdfPig;

namespace Reports.Cli.Tests;

/// <summary>
/// Refreshes as the CI workflow runs them (SOURCE_DATE_EPOCH from the last change, --if-changed, the output
/// folder kept between runs), over three editions of the seed, with the real PDF and workbook writers.
/// </summary>
public sealed class RefreshEditionsTests
{
    const string Seed = "input/russia-china-summit-2025.json";
    const string Pdf = "output/russia-china-summit-2025.pdf";
    const string Workbook = "output/russia-china-summit-2025.xlsx";

    static void Edit(CliRun run, Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(File.ReadAllText(run.PathOf(Seed)))!.AsObject();
        edit(json);
        File.WriteAllText(run.PathOf(Seed), json.ToJsonString(new() { WriteIndented = true }));
    }

    /// <summary>A CI refresh: dated by the last change to the inputs, skipping what is current.</summary>
    static void Refresh(CliRun run, string epoch)
    {
        run.Environment["SOURCE_DATE_EPOCH"] = epoch;
        run.Run("--if-changed").ShouldBe(ExitCodes.Success, run.Error);
        run.Error.ShouldBeEmpty();
    }

    static List<string> PageLines(CliRun run, int page)
    {
        using var pdf = PdfDocument.Open(run.PathOf(Pdf));
        return pdf.GetPage(page).GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))).ToList();
    }

    static string AllText(CliRun run)
    {
        using var pdf = PdfDocument.Open(run.PathOf(Pdf));
        return string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    static List<List<string>> ChangeRows(CliRun run)
    {
        using var workbook = new XLWorkbook(run.PathOf(Workbook));
        var sheet = workbook.Worksheet("Changes");
        var range = sheet.Tables.Single().DataRange;
        return [.. range.Rows().Select(r => r.Cells().Take(3).Select(c => c.GetString()).ToList()).Where(r => r.Any(c => c.Length > 0))];
    }

    static List<string> SheetNames(CliRun run)
    {
        using var workbook = new XLWorkbook(run.PathOf(Workbook));
        return [.. workbook.Worksheets.Select(w => w.Name)];
    }

    [Fact]
    public void Three_editions_refreshed_in_CI_show_each_edition_s_changes_and_then_none()
    {
        using var run = CliRun.WithSeed();

        Refresh(run, "1746662400"); // the first edition, 2025-05-08: nothing to compare with
        AllText(run).ShouldNotContain("Changes since");
        SheetNames(run).ShouldNotContain("Changes");

        Edit(run, SeedEditions.Second);
        Refresh(run, "1748736000"); // 2025-06-01
        var page = PageLines(run, 3);
        page[1].ShouldBe("Changes since 8 May 2025");
        page.ShouldContain("Russia–China trade volume USD 245 bn USD 260 bn +6 %");
        page.ShouldContain("Length of the Cross-Years of Russian and 2 years 730 days unit changed");
        page.ShouldContain("Trade turnover, first half of 2025 USD 120.5 bn 2025");
        page.ShouldContain("Muscovites taking part in Lunar New Year celebrations at least 200,000 2025-01");
        AllText(run).ShouldContain("Russia–China trade volume Δ");
        ChangeRows(run).ShouldBe(
        [
            ["changed", "indicator", "trade-volume-2024"],
            ["changed", "indicator", "cross-years-span"],
            ["changed", "indicator", "visitors-russia-to-china-2024"],
            ["added", "indicator", "trade-volume-2025-h1"],
            ["removed", "indicator", "lunar-new-year-participants"],
        ]);

        Refresh(run, "1748736000"); // the next scheduled run: the same dataset, now its own snapshot
        run.Out.ShouldContain("; no changes since 2025-06-01");
        PageLines(run, 3)[1].ShouldBe("Changes since 1 June 2025");
        AllText(run).ShouldContain("Nothing changed: every figure, key judgement, agreement, quote and source is as it was.");
        AllText(run).ShouldNotContain("Δ");
        ChangeRows(run).ShouldBeEmpty();

        Refresh(run, "1748736000");
        run.Out.ShouldContain("unchanged, skipped");

        Edit(run, SeedEditions.Third);
        Refresh(run, "1749945600"); // 2025-06-15
        PageLines(run, 3).ShouldContain("Russia–China trade volume USD 260 bn USD 262 bn +0.8 %");
        PageLines(run, 3)[1].ShouldBe("Changes since 1 June 2025");
        ChangeRows(run).ShouldBe([["changed", "indicator", "talks-duration"], ["changed", "indicator", "trade-volume-2024"], ["added", "source", "tass"]]);
    }

    [Fact]
    public void The_same_editions_refreshed_in_two_folders_give_byte_identical_reports()
    {
        using var first = CliRun.WithSeed();
        using var second = CliRun.WithSeed();

        foreach (var run in new[] { first, second })
        {
            Refresh(run, "1746662400");
            Edit(run, SeedEditions.Second);
            Refresh(run, "1748736000");
        }

        foreach (var file in new[] { Pdf, Workbook, "output/.snapshots/russia-china-summit-2025.json" })
            Sha(second.Bytes(file)).ShouldBe(Sha(first.Bytes(file)), file);
    }

    static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
