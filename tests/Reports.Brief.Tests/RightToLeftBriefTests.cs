using Reports.Domain.Wording;
using UglyToad.PdfPig.Content;

namespace Reports.Brief.Tests;

/// <summary>
/// The Arabic brief is a right-to-left document: read back from the PDF's glyph positions, its pages are the
/// English brief's mirrored (A4: the content runs from x = 56 to x = 539).
/// </summary>
public sealed class RightToLeftBriefTests
{
    const double ContentLeft = 56;
    const double ContentRight = 539;
    const double PageCentre = 297.5;

    static readonly Lazy<byte[]> Arabic = new(() =>
    {
        var arabic = Language.Find("ar")!;
        return Briefs.Render(Briefs.Seed, Briefs.Options with { Language = arabic, Culture = arabic.Culture() });
    });

    [Fact]
    public void The_page_number_is_at_the_left_and_the_running_header_at_the_right()
    {
        using var english = Briefs.Open(Briefs.SeedBytes);
        using var arabic = Briefs.Open(Arabic.Value);

        var (englishNumber, arabicNumber) = (Footer(english.GetPage(2)), Footer(arabic.GetPage(2)));
        englishNumber.Where(w => w.Text is "Page" or "14").ShouldAllBe(w => w.BoundingBox.Left > PageCentre);
        englishNumber.Max(w => w.BoundingBox.Right).ShouldBe(ContentRight, 0.5);
        var arabicCount = arabicNumber.Single(w => w.Text == "14");
        arabicCount.BoundingBox.Left.ShouldBe(ContentLeft, 0.5, "the page count ends the number, at the left");
        arabicNumber.Where(w => w.Text == "2").ShouldAllBe(w => w.BoundingBox.Left > arabicCount.BoundingBox.Right);

        Header(english.GetPage(2)).Min(w => w.BoundingBox.Left).ShouldBe(ContentLeft, 0.5);
        Header(arabic.GetPage(2)).Max(w => w.BoundingBox.Right).ShouldBe(ContentRight, 0.5);
    }

    [Fact]
    public void The_first_card_is_at_the_right_of_the_second()
    {
        using var arabic = Briefs.Open(Arabic.Value);
        var words = arabic.GetPage(2).GetWords().ToList();

        var first = words.First(w => w.Text == "245" && w.Letters[0].PointSize > 12);
        var second = words.First(w => w.Text == "200" && w.Letters[0].PointSize > 12);
        first.BoundingBox.Left.ShouldBeGreaterThan(second.BoundingBox.Right);
        (first.BoundingBox.Left > PageCentre).ShouldBeTrue("the first card of the row is at the right margin");
    }

    [Fact]
    public void A_card_s_English_note_keeps_its_full_stop_at_its_right_end()
    {
        using var arabic = Briefs.Open(Arabic.Value);
        var words = arabic.GetPage(2).GetWords().ToList();

        var according = words.Single(w => w.Text == "according");
        var line = words.Where(w => Math.Abs(w.BoundingBox.Bottom - according.BoundingBox.Bottom) < 0.5).OrderBy(w => w.BoundingBox.Left).ToList();

        line.Select(w => w.Text).ShouldBe(["A", "record,", "according", "to", "Putin."], "the trade card's note, read left to right");
        line.SelectMany(w => w.Letters).MaxBy(l => l.BoundingBox.Right)!.Value.ShouldBe(".");
        line.Max(w => w.BoundingBox.Right).ShouldBe(ContentRight - 10, 0.5, "the first card's text ends at its right padding");
    }

    [Fact]
    public void A_chart_caption_s_English_note_keeps_its_full_stop_at_its_right_end()
    {
        using var arabic = Briefs.Open(Arabic.Value);
        var words = arabic.GetPages().SelectMany(p => p.GetWords().Select(w => (Page: p.Number, Word: w))).ToList();

        var putin = words.Single(w => w.Word.Text == "volume:");
        var line = words.Where(w => w.Page == putin.Page && Math.Abs(w.Word.BoundingBox.Bottom - putin.Word.BoundingBox.Bottom) < 0.5)
            .Select(w => w.Word).OrderBy(w => w.BoundingBox.Left).ToList();

        line.Select(w => w.Text).ShouldBe(["trade", "volume:", "A", "record,", "according", "to", "Putin."], "the trade chart's caption note, read left to right");
        line.SelectMany(w => w.Letters).MaxBy(l => l.BoundingBox.Right)!.Value.ShouldBe(".");
    }

    [Fact]
    public void The_first_table_column_is_at_the_right_of_the_second()
    {
        using var arabic = Briefs.Open(Arabic.Value);
        var words = arabic.GetPages().SelectMany(p => p.GetWords()).ToList();

        var id = words.First(w => w.Text == "talks-duration");
        var label = words.First(w => w.Text == "Length" && Math.Abs(w.BoundingBox.Bottom - id.BoundingBox.Bottom) < 0.5);
        id.BoundingBox.Left.ShouldBeGreaterThan(label.BoundingBox.Right);
    }

    [Fact]
    public void Every_line_of_a_paragraph_ends_at_the_right_margin()
    {
        using var arabic = Briefs.Open(Arabic.Value);
        var page = arabic.GetPage(4);
        var words = page.GetWords().Where(w => w.BoundingBox.Bottom < page.Height - 60).ToList();
        var top = words.First(w => w.Text == "Moscow").BoundingBox.Top;
        var bottom = words.First(w => w.Text == "partnership.").BoundingBox.Bottom;

        var lines = words.Where(w => w.BoundingBox.Top <= top + 0.5 && w.BoundingBox.Bottom >= bottom - 0.5)
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom)).ToList();
        lines.Count.ShouldBe(8, "the overview's two paragraphs");
        lines.ShouldAllBe(line => Math.Abs(line.Max(w => w.BoundingBox.Right) - ContentRight) < 0.5);
        lines.Count(line => line.Min(w => w.BoundingBox.Left) > ContentLeft + 20).ShouldBeGreaterThan(2, "short lines end at the right margin, not the left");
    }

    [Fact]
    public void A_bullet_and_a_quote_bar_are_at_the_right()
    {
        using var arabic = Briefs.Open(Arabic.Value);
        var bullets = arabic.GetPage(2).GetWords().Where(w => w.Text == "•").ToList();
        bullets.Count.ShouldBe(5, "the five key judgements");
        bullets.ShouldAllBe(b => b.BoundingBox.Right > ContentRight - 5);
    }

    [Fact]
    public void A_chart_starts_from_the_right_its_first_bar_and_its_value_axis_there()
    {
        using var english = Briefs.Open(Briefs.SeedBytes);
        using var arabic = Briefs.Open(Arabic.Value);

        var (first, second, tick) = ChartWords(english);
        first.BoundingBox.Right.ShouldBeLessThan(second.BoundingBox.Left);
        tick.BoundingBox.Right.ShouldBeLessThan(first.BoundingBox.Left);

        (first, second, tick) = ChartWords(arabic);
        first.BoundingBox.Left.ShouldBeGreaterThan(second.BoundingBox.Right, "the first category at the right");
        tick.BoundingBox.Left.ShouldBeGreaterThan(first.BoundingBox.Right, "the value axis at the right");
    }

    /// <summary>The trade chart's first category label ("Trade volume, 2024"), its second ("Priority projects portfolio"), its top tick.</summary>
    static (Word First, Word Second, Word Tick) ChartWords(UglyToad.PdfPig.PdfDocument pdf)
    {
        var words = pdf.GetPages().Select(p => p.GetWords().ToList()).First(w => w.Any(x => x.Text == "Priority") && w.Any(x => x.Text == "volume,"));
        return (words.Single(w => w.Text == "volume,"), words.Single(w => w.Text == "Priority"), words.Single(w => w.Text == "250"));
    }

    [Fact]
    public void An_english_name_keeps_its_native_name_in_brackets_after_it()
    {
        using var arabic = Briefs.Open(Arabic.Value);
        var words = arabic.GetPage(1).GetWords().ToList();

        var native = words.Single(w => w.Text == "(Россия)");
        var name = words.Where(w => w.Text == "Russia" && Math.Abs(w.BoundingBox.Bottom - native.BoundingBox.Bottom) < 0.5)
            .MinBy(w => Math.Min(Math.Abs(native.BoundingBox.Left - w.BoundingBox.Right), Math.Abs(w.BoundingBox.Left - native.BoundingBox.Right)))!;
        native.BoundingBox.Left.ShouldBeGreaterThan(name.BoundingBox.Right, "“Russia (Россия)” reads left to right inside the right-to-left cell");
        native.BoundingBox.Right.ShouldBe(ContentRight - 5, 1, "the cell's text ends at its right padding");
    }

    [Fact]
    public void A_card_s_latin_figure_reads_as_its_author_wrote_it()
    {
        using var arabic = Briefs.Open(Arabic.Value);
        var page = arabic.GetPage(2);

        ValueLine(page, "200").Select(w => w.Text).ShouldBe(["~USD", "200", "bn"], "the card's value, read left to right");
        ValueLine(page, "200").SelectMany(w => w.Letters).MinBy(l => l.BoundingBox.Left)!.Value.ShouldBe("~", "the tilde opens the figure at its left");
        ValueLine(page, "31").Select(w => w.Text).ShouldBe(["31", "bcm"]);
        ValueLine(page, "hours").Select(w => w.Text).ShouldBe(["7+", "hours"]);
    }

    [Fact]
    public void An_arabic_qualifier_keeps_its_words_after_a_latin_figure_in_right_to_left_order()
    {
        var summit = Briefs.Edited(json =>
        {
            var gas = json["indicators"]!.AsArray().Single(i => (string?)i!["id"] == "power-of-siberia-1-volume")!;
            (gas["qualifier"], gas["change"]) = ("at-least", true);
        });
        using var arabic = Briefs.Open(RenderArabic(summit));

        var line = ValueLine(arabic.GetPage(2), "bcm");
        var figure = line.Where(w => !IsArabic(w)).ToList();
        figure.Select(w => w.Text).ShouldBe(["+31", "bcm"], "“+31 bcm على الأقل”: the figure reads left to right");
        line.Where(IsArabic).Count().ShouldBe(2, "على الأقل");
        line.Where(IsArabic).ShouldAllBe(w => w.BoundingBox.Right < figure[0].BoundingBox.Left, "the qualifier's words follow the figure, to its left");
    }

    [Fact]
    public void A_chart_caption_s_source_number_follows_the_latin_source_title()
    {
        using var arabic = Briefs.Open(Arabic.Value);
        var words = arabic.GetPages().Select(p => p.GetWords().ToList()).Single(p => p.Any(w => w.Text is "[14]." or ".[14]"));

        var number = words.Single(w => w.Text is "[14]." or ".[14]");
        var line = words.Where(w => Math.Abs(w.BoundingBox.Bottom - number.BoundingBox.Bottom) < 0.5 && w.Letters[0].PointSize == number.Letters[0].PointSize).ToList();
        var title = line.Where(w => w.Text.Any(char.IsAsciiLetter)).ToList();
        title.OrderBy(w => w.BoundingBox.Left).First().Text.ShouldBe("China,", "the source title reads left to right");
        number.BoundingBox.Right.ShouldBeLessThan(title.Min(w => w.BoundingBox.Left), "“المصدر: … [14].”: the number comes after the title, to its left");
        line.Where(IsArabic).ShouldAllBe(w => w.BoundingBox.Left > title.Max(t => t.BoundingBox.Right), "“المصدر:” and the period come before it, to its right");
    }

    /// <summary>
    /// The agreements' opening sentence is the brief's own Arabic sentence that starts with the dataset's English
    /// label: it runs right to left, so the label it starts with is at the right and the Arabic words after it to its left.
    /// </summary>
    [Fact]
    public void The_brief_s_own_sentence_runs_right_to_left_though_it_opens_with_an_english_label()
    {
        using var arabic = Briefs.Open(Arabic.Value);
        var lines = arabic.GetPages().SelectMany(p => p.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom, 1)).Select(g => g.ToList()));
        var line = lines.Single(l => l.Any(w => w.Text.EndsWith("Documents", StringComparison.Ordinal)) && l.Any(w => w.Text.Contains("nearly", StringComparison.Ordinal)));

        var label = line.Single(w => w.Text.EndsWith("Documents", StringComparison.Ordinal));
        line.Single(w => w.Text == "talks").BoundingBox.Right.ShouldBe(ContentRight, 0.5, "the sentence starts at the right margin, with the label read left to right");
        line.Where(IsArabic).ShouldNotBeEmpty();
        line.Where(IsArabic).ShouldAllBe(w => w.BoundingBox.Right < label.BoundingBox.Left, "the Arabic words follow the label, to its left");
        line.Single(w => w.Text.Contains("nearly", StringComparison.Ordinal)).Text.ShouldEndWith("“nearly", Case.Sensitive, "the source's English words keep their quotation marks in their order");
        line.Single(w => w.Text.Contains("dozen", StringComparison.Ordinal)).Text.ShouldStartWith("dozen”", Case.Sensitive);
    }

    [Fact]
    public void An_english_brief_reads_an_arabic_label_right_to_left_inside_its_sentence()
    {
        var summit = Briefs.Edited(json =>
        {
            var lunar = json["indicators"]!.AsArray().Single(i => (string?)i!["id"] == "lunar-new-year-participants")!;
            lunar["label"] = "احتفالات رأس السنة 2025";
        });
        using var english = Briefs.Open(Briefs.Render(summit, Briefs.Options));
        var words = english.GetPages().SelectMany(p => p.GetWords()).ToList();

        var period = words.Single(w => w.Text == "(2025-01)");
        var line = words.Where(w => Math.Abs(w.BoundingBox.Bottom - period.BoundingBox.Bottom) < 0.5).ToList();
        var label = line.Where(IsArabic).ToList();
        label.Count.ShouldBe(3);
        var year = line.Single(w => w.Text == "2025");
        label.ShouldAllBe(w => w.BoundingBox.Right < period.BoundingBox.Left, "the period follows the label, to its right");
        label.ShouldAllBe(w => w.BoundingBox.Left > year.BoundingBox.Right, "“… السنة 2025” ends with its year, at its left");
        line.Single(w => w.Text == "200,000").BoundingBox.Right.ShouldBeLessThan(year.BoundingBox.Left, "the figure opens the line at its left");
    }

    [Fact]
    public void A_theme_s_latin_title_keeps_its_question_mark_at_its_end_in_the_heading_and_the_contents()
    {
        var summit = Briefs.Edited(json => json["themes"]![0]!["title"] = "What next?");
        using var arabic = Briefs.Open(RenderArabic(summit));

        foreach (var page in new[] { arabic.GetPage(3), arabic.GetPage(4) })
        {
            var words = page.GetWords().ToList();
            var what = words.First(w => w.Text == "What");
            var latin = words.Where(w => Math.Abs(w.BoundingBox.Bottom - what.BoundingBox.Bottom) < 0.5).SelectMany(w => w.Letters)
                .Where(l => l.Value is not (" " or ".") && !char.IsAsciiDigit(l.Value[0]) && l.Value[0] < '\u0600').OrderBy(l => l.BoundingBox.Left);
            string.Concat(latin.Select(l => l.Value)).ShouldBe("Whatnext?", $"page {page.Number}: the title reads left to right, its question mark last");
        }
    }

    static byte[] RenderArabic(Domain.Model.Summit summit)
    {
        var arabic = Language.Find("ar")!;
        return Briefs.Render(summit, Briefs.Options with { Language = arabic, Culture = arabic.Culture() });
    }

    /// <summary>
    /// The words of a card's value (set large) holding <paramref name="word"/>, left to right: those of its line in
    /// its card, on a page of three cards to a row (the executive summary's six headline figures).
    /// </summary>
    static List<Word> ValueLine(Page page, string word)
    {
        const double card = (ContentRight - ContentLeft - (2 * 10)) / 3 + 10;
        static int Card(Word w) => (int)((w.BoundingBox.Centroid.X - ContentLeft) / card);
        var words = page.GetWords().Where(w => w.Letters[0].PointSize > 12).ToList();
        var anchor = words.First(w => w.Text.Contains(word, StringComparison.Ordinal));
        return [.. words.Where(w => Math.Abs(w.BoundingBox.Bottom - anchor.BoundingBox.Bottom) < 1 && Card(w) == Card(anchor)).OrderBy(w => w.BoundingBox.Left)];
    }

    static bool IsArabic(Word word) => word.Text.Any(c => c is >= '\u0600' and <= '\u06FF');

    static List<Word> Footer(Page page) => [.. page.GetWords().Where(w => w.BoundingBox.Bottom < 60)];

    static List<Word> Header(Page page) => [.. page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height - 60)];
}
