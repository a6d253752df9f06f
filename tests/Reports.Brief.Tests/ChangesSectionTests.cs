using Reports.Domain.Changes;
using Reports.Domain.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Reports.Brief.Tests;

/// <summary>The brief of a refreshed dataset, read back with PdfPig: the change page after the executive
/// summary (in the contents and the outline), the marks on changed figures and the legend that explains them.</summary>
public sealed class ChangesSectionTests
{
    static readonly (Summit First, Summit Second, Summit Third) Editions = Briefs.SeedEditions();

    static readonly Lazy<byte[]> SecondPdf = new(() => Briefs.Render(Editions.Second, Briefs.Options, SummitComparer.Compare(Editions.First, Editions.Second)));

    static readonly Lazy<byte[]> ThirdPdf = new(() =>
        Briefs.Render(Editions.Third, Briefs.Options, SummitComparer.Compare(Editions.Second, Editions.Third, since: new DateOnly(2025, 6, 1))));

    const string Legend = "Δ changed since 8 May 2025 · new added since then · see Changes since 8 May 2025";

    /// <summary>The page's lines, top to bottom, each its words left to right.</summary>
    static List<string> Lines(Page page) =>
        page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))).ToList();

    static string Text(Page page) => string.Join(" ", Lines(page));

    /// <summary>The page with a line that reads <paramref name="line"/> (a heading; contents lines go on with dots).</summary>
    static Page PageWith(PdfDocument pdf, string line) => pdf.GetPages().First(p => Lines(p).Contains(line));

    /// <summary>The marks on a page: "Δ" or "new" set in bold (the body text has its own "new"), outside the legend line.</summary>
    static List<Word> Marks(Page page, string mark)
    {
        var words = page.GetWords().ToList();
        var legends = words.Where(w => w.Text == "then").Select(w => Math.Round(w.BoundingBox.Bottom)).ToHashSet();
        return words.Where(w => w.Text == mark && (w.FontName ?? "").Contains("Bold", StringComparison.Ordinal) && !legends.Contains(Math.Round(w.BoundingBox.Bottom))).ToList();
    }

    /// <summary>The word left of the only <paramref name="mark"/> on the page, on the same line.</summary>
    static string WordBefore(Page page, string mark)
    {
        var words = page.GetWords().ToList();
        var found = Marks(page, mark).ShouldHaveSingleItem();
        return words.Where(w => Math.Abs(w.BoundingBox.Bottom - found.BoundingBox.Bottom) < 0.5 && w.BoundingBox.Right <= found.BoundingBox.Left)
            .MaxBy(w => w.BoundingBox.Right)!.Text;
    }

    [Fact]
    public void A_brief_without_an_earlier_edition_has_no_change_page_and_no_marks()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);

        var text = Briefs.Text(pdf);
        text.ShouldNotContain("Changes since");
        text.ShouldNotContain("Δ");
        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        bookmarks!.GetNodes().Select(n => n.Title).ShouldNotContain(t => t.StartsWith("Changes", StringComparison.Ordinal));
    }

    [Fact]
    public void The_change_page_comes_right_after_the_executive_summary_and_is_in_the_contents_and_the_outline()
    {
        using var pdf = Briefs.Open(SecondPdf.Value);

        Lines(pdf.GetPage(2))[1].ShouldBe("Executive summary");
        Lines(pdf.GetPage(3))[1].ShouldBe("Changes since 8 May 2025");
        Lines(PageWith(pdf, "Contents")).ShouldContain(l => l.StartsWith("Changes since 8 May 2025 .", StringComparison.Ordinal) && l.EndsWith(" 3", StringComparison.Ordinal));
        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        var titles = bookmarks!.GetNodes().Select(n => n.Title).ToList();
        titles.IndexOf("Changes since 8 May 2025").ShouldBe(titles.IndexOf("Executive summary") + 1);
        var node = bookmarks.GetNodes().OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().Single(n => n.Title == "Changes since 8 May 2025");
        node.PageNumber.ShouldBe(3);
    }

    [Fact]
    public void The_change_page_lists_each_figure_changed_added_and_removed_with_its_old_and_new_value()
    {
        using var pdf = Briefs.Open(SecondPdf.Value);
        var lines = Lines(pdf.GetPage(3));

        Text(pdf.GetPage(3)).ShouldContain("3 figures changed, 1 added and 1 removed.");
        lines.ShouldContain("Indicator Previous Current Change");
        lines.ShouldContain("Russia–China trade volume USD 245 bn USD 260 bn +6 %");
        lines.ShouldContain("Length of the Cross-Years of Russian and 2 years 730 days unit changed");
        lines.ShouldContain("Russian citizens visiting China 1.6 million 1.5 million −6 %");
        lines.ShouldContain("Trade turnover, first half of 2025 USD 120.5 bn 2025");
        lines.ShouldContain("Muscovites taking part in Lunar New Year celebrations at least 200,000 2025-01");
        lines.ShouldContain("trade-volume-2024");
        lines.ShouldContain("lunar-new-year-participants");
    }

    [Fact]
    public void Changed_and_new_figures_are_marked_on_their_cards_and_in_the_appendix_with_a_legend_line()
    {
        using var pdf = Briefs.Open(SecondPdf.Value);

        var summary = pdf.GetPage(2);
        Lines(summary).ShouldContain(l => l.Contains("Russia–China trade volume Δ", StringComparison.Ordinal));
        Text(summary).ShouldContain(Legend);
        Text(summary).ShouldNotContain("Value of the priority joint Δ");
        var trade = PageWith(pdf, "4. Trade and investment");
        WordBefore(trade, "new").ShouldBe("2025"); // "Trade turnover, first half of 2025 new" on its card
        var appendix = pdf.GetPages().SkipWhile(p => !Lines(p).Contains("Appendix: all indicators")).ToList();
        var rows = appendix.SelectMany(Lines).TakeWhile(l => l != "Sources").ToList();
        // The second line of each row: the end of the id beside the end of the label and its mark.
        rows.ShouldContain("2024 volume Δ");
        rows.ShouldContain("to-china-2024 China Δ");
        rows.ShouldContain("2025-h1 2025 new");
        appendix.Sum(p => Marks(p, "Δ").Count).ShouldBe(3);
        appendix.Sum(p => Marks(p, "new").Count).ShouldBe(1);
        Briefs.AppendixRows(pdf)["talks-duration"].ShouldNotContain("Δ");
        Text(appendix[0]).ShouldContain(Legend);
        // Summary: two cards and the legend; change page: the legend; trade and culture sections: a card and
        // a legend each, and the Cross-Years' length among Other figures; appendix: the legend and three rows.
        (Briefs.Text(pdf).Split("Δ").Length - 1).ShouldBe(3 + 1 + 5 + 4);
    }

    [Fact]
    public void The_third_edition_shows_only_what_changed_since_the_second_dated_as_that_run_recorded()
    {
        using var pdf = Briefs.Open(ThirdPdf.Value);
        var page = pdf.GetPage(3);
        var lines = Lines(page);

        lines[1].ShouldBe("Changes since 1 June 2025");
        Text(page).ShouldContain("2 figures changed; 1 source added.");
        lines.ShouldContain("Length of the Putin–Xi talks 7+ hours 8+ hours +14 %");
        lines.ShouldContain("Russia–China trade volume USD 260 bn USD 262 bn +0.8 %");
        lines.ShouldContain("• Source added: TASS report on the talks (tass)");
        Text(page).ShouldNotContain("1.6 million");
        Marks(PageWith(pdf, "4. Trade and investment"), "new").ShouldBeEmpty();
    }

    [Fact]
    public void An_unchanged_edition_says_so_and_marks_nothing()
    {
        using var pdf = Briefs.Open(Briefs.Render(Editions.Second, Briefs.Options, SummitComparer.Compare(Editions.Second, Editions.Second)));

        Lines(pdf.GetPage(3))[1].ShouldBe("Changes since 8 May 2025");
        Text(pdf.GetPage(3)).ShouldContain("Nothing changed: every figure, key judgement, agreement, quote and source is as it was.");
        Briefs.Text(pdf).ShouldNotContain("Δ");
    }

    [Fact]
    public void The_same_editions_give_identical_bytes()
    {
        var changes = SummitComparer.Compare(Editions.First, Editions.Second);

        Briefs.Render(Editions.Second, Briefs.Options, changes).ShouldBe(SecondPdf.Value);
    }

    [Fact]
    public void A_long_list_of_changes_stops_after_a_hundred_rows_and_points_at_the_workbook()
    {
        var later = Briefs.Large with { Indicators = [.. Briefs.Large.Indicators.Select(i => i with { Value = i.Value + 1 })] };

        using var pdf = Briefs.Open(Briefs.Render(later, Briefs.Options with { Appendix = AppendixMode.None }, SummitComparer.Compare(Briefs.Large, later)));

        var text = Briefs.Text(pdf);
        text.ShouldContain("300 figures changed.");
        text.ShouldContain("… and 200 more changed figures; the workbook’s Changes sheet lists every change.");
    }

    [Fact]
    public void Text_of_the_earlier_edition_the_change_page_shows_is_checked_for_fonts_too()
    {
        var earlier = Editions.First with { Indicators = [.. Editions.First.Indicators.Select(i => i.Id == "lunar-new-year-participants" ? i with { Label = "Hieroglyphs 𓀀 here" } : i)] };

        var problem = BriefWriter.CheckText(Editions.Second, Briefs.Options, SummitComparer.Compare(earlier, Editions.Second)).ShouldHaveSingleItem();

        problem.Path.ShouldBe("the earlier edition: $.indicators[?(@.id=='lunar-new-year-participants')].label");
        problem.CodePoint.ShouldBe(0x13000);
    }
}
