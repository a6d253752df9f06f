using UglyToad.PdfPig.Annotations;

namespace Reports.Brief.Tests;

/// <summary>Navigation and structure: contents, links, bookmarks, paging, vectors, size, determinism.</summary>
public sealed class BriefStructureTests
{
    static int PageOf(UglyToad.PdfPig.PdfDocument pdf, string heading, int after) =>
        pdf.GetPages().First(p => p.Number > after && p.Text.Contains(heading, StringComparison.Ordinal)).Number;

    [Fact]
    public void Contents_page_numbers_are_the_pages_where_the_sections_start()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);
        var contents = pdf.GetPages().First(p => p.Text.Contains("Contents", StringComparison.Ordinal) && p.Number > 1);
        var lines = contents.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))).ToList();

        foreach (var (theme, n) in Briefs.Seed.Themes.Select((t, i) => (t, i + 1)))
        {
            var title = $"{n}. {theme.Title}";
            var line = lines.Single(l => l.StartsWith(title, StringComparison.Ordinal));
            var listed = int.Parse(line.Split(' ').Last(), System.Globalization.CultureInfo.InvariantCulture);
            PageOf(pdf, title, contents.Number).ShouldBe(listed, title);
        }
    }

    [Fact]
    [Obsolete]
    public void Every_contents_entry_is_a_link()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);
        var contents = pdf.GetPages().First(p => p.Text.Contains("Contents", StringComparison.Ordinal) && p.Number > 1);

        var links = contents.ExperimentalAccess.GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();

        links.Count.ShouldBeGreaterThanOrEqualTo(Briefs.Seed.Themes.Count + 3);
    }

    [Fact]
    public void There_is_one_bookmark_per_section()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);

        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        var titles = bookmarks!.GetNodes().Select(n => n.Title).ToList();

        foreach (var (theme, n) in Briefs.Seed.Themes.Select((t, i) => (t, i + 1)))
            titles.ShouldContain($"{n}. {theme.Title}");
        titles.ShouldContain("Executive summary");
        titles.ShouldContain("Sources");
        titles.ShouldContain("Appendix: all indicators");
    }

    [Fact]
    public void Pages_are_numbered_page_x_of_y_after_the_cover()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);
        var total = pdf.NumberOfPages;

        pdf.GetPage(1).Text.ShouldNotContain("Page 1 of");
        for (var n = 2; n <= total; n++)
            pdf.GetPage(n).Text.ShouldContain($"Page {n} of {total}");
    }

    [Fact]
    public void Charts_are_vectors_not_images()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);

        pdf.GetPages().SelectMany(p => p.GetImages()).ShouldBeEmpty();
        Briefs.Text(pdf).ShouldContain("Trade in 2024 and the priority investment portfolio");
    }

    [Fact]
    public void The_seed_brief_is_small_because_fonts_are_subset()
    {
        Briefs.SeedBytes.Length.ShouldBeLessThanOrEqualTo(150 * 1024);
    }

    [Fact]
    public void Same_input_and_date_give_identical_bytes()
    {
        Briefs.Render(Briefs.Seed, Briefs.Options).ShouldBe(Briefs.SeedBytes);
    }

    [Fact]
    public void No_word_lies_outside_the_page()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);

        foreach (var page in pdf.GetPages())
            foreach (var word in page.GetWords())
            {
                word.BoundingBox.Left.ShouldBeGreaterThanOrEqualTo(20, $"page {page.Number}: {word.Text}");
                word.BoundingBox.Right.ShouldBeLessThanOrEqualTo(page.Width - 20, $"page {page.Number}: {word.Text}");
                word.BoundingBox.Bottom.ShouldBeGreaterThanOrEqualTo(20, $"page {page.Number}: {word.Text}");
                word.BoundingBox.Top.ShouldBeLessThanOrEqualTo(page.Height - 20, $"page {page.Number}: {word.Text}");
            }
    }

    [Fact]
    public void The_appendix_of_300_indicators_spans_pages_with_its_header_repeated()
    {
        using var pdf = Briefs.Open(Briefs.LargeBytes);
        var first = pdf.GetPages().First(p => p.Text.Contains("Appendix: all indicators", StringComparison.Ordinal) && p.Text.Contains("ind-000000", StringComparison.Ordinal)).Number;
        var last = pdf.GetPages().Last(p => p.Text.Contains("ind-0", StringComparison.Ordinal) && p.Text.Contains("Indicator", StringComparison.Ordinal)).Number;

        (last - first).ShouldBeGreaterThan(2);
        for (var n = first; n <= last; n++)
        {
            var words = pdf.GetPage(n).GetWords().Select(w => w.Text).ToList();
            words.ShouldContain("Indicator", $"page {n}");
            words.ShouldContain("Period", $"page {n}");
        }
        Briefs.Text(pdf).ShouldContain("ind-000299");
    }
}
