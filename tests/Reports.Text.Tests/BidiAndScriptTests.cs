namespace Reports.Text.Tests;

/// <summary>
/// Lines of mixed scripts as the text engine lays them out: the runs in reading order, each at its place on the
/// page (left to right in visual order), which are right to left, which font each run takes, and where a right-to-left paragraph starts.
/// </summary>
public class BidiAndScriptTests
{
    private static readonly TextStyle Style = new(FontVariant.Regular, 10, "#000000");

    [Fact]
    public void An_arabic_name_in_brackets_in_english_runs_right_to_left_between_brackets_of_the_latin_font()
    {
        var (line, stack) = OneLine("League of Arab States (جامعة الدول العربية) met");

        line.Runs.Select(r => r.Text).ShouldBe(["League of Arab States (", "جامعة الدول العربية", ") met"]);
        line.Runs.Select(r => r.RightToLeft).ShouldBe([false, true, false]);
        line.Runs.Select(r => stack.FamilyName(r.Face.Family)).ShouldBe(["Noto Sans", "Noto Sans Arabic", "Noto Sans"]);
        line.RightToLeft.ShouldBeFalse();
        line.Offset.ShouldBe(0);
    }

    [Fact]
    public void An_arabic_sentence_with_digits_reads_from_the_right_its_digits_left_to_right_in_the_arabic_font()
    {
        var (line, stack) = OneLine("اتفقنا على 12 مشروعا.", width: 400);

        // The runs in reading order; the last one read is the leftmost on the page.
        line.Runs.Select(r => r.Text).ShouldBe(["اتفقنا على ", "12", " مشروعا."]);
        line.Runs.Select(r => r.RightToLeft).ShouldBe([true, false, true]);
        line.Runs.ShouldAllBe(r => stack.FamilyName(r.Face.Family) == "Noto Sans Arabic");
        line.RightToLeft.ShouldBeTrue();
        line.Offset.ShouldBe(400 - line.Width, 0.001);
        line.Runs[2].X.ShouldBe(0);
        line.Runs[1].X.ShouldBe(line.Runs[2].Width, 0.001);
        line.Runs[0].X.ShouldBe(line.Runs[2].Width + line.Runs[1].Width, 0.001);
    }

    [Fact]
    public void Brackets_in_right_to_left_text_are_mirrored()
    {
        var (line, stack) = OneLine("مصر (القاهرة)");

        // Noto Sans Arabic has no ASCII brackets: they come from Noto Sans, shaped right to left.
        line.Runs.Select(r => r.Text).ShouldBe(["مصر ", "(", "القاهرة", ")"]);
        line.Runs.ShouldAllBe(r => r.RightToLeft);
        line.Runs.OrderBy(r => r.X).Select(r => r.Text).ShouldBe([")", "القاهرة", "(", "مصر "], "left to right on the page");
        var latin = stack.Face(line.Runs[1].Face).Font;
        latin.TryGetNominalGlyph('(', out var open).ShouldBeTrue();
        latin.TryGetNominalGlyph(')', out var close).ShouldBeTrue();
        line.Runs[3].Glyphs.ShouldBe([open]);
        line.Runs[1].Glyphs.ShouldBe([close]);
    }

    [Fact]
    public void A_hebrew_paragraph_breaks_on_logical_text_and_each_line_reads_from_the_right()
    {
        using var engine = Engine([]);
        var text = "שלום עולם ברוכים הבאים";

        var block = engine.Layout([new StyledSpan(text, Style)], 80, 1.2);

        block.Lines.Select(l => l.Runs.ShouldHaveSingleItem().Text).ShouldBe(["שלום עולם ברוכים", "הבאים"]);
        block.Lines.ShouldAllBe(l => l.RightToLeft && Math.Abs(l.Offset + l.Width - 80) < 0.001);
    }

    [Fact]
    public void A_font_given_with_fonts_draws_the_scripts_it_covers_and_nothing_else()
    {
        using var directory = new TemporaryFolder();
        File.Copy(Path.Combine(Repository.Path("fonts"), "NotoSansLao-Regular.ttf"), Path.Combine(directory.Path, "Lao.ttf"));
        using var engine = Engine([directory.Path]);
        var stack = engine.Stack;

        var line = engine.Layout([new StyledSpan("Laos (ລາວ) 2026, [ok]", Style)], 1000, 1.2).Lines.ShouldHaveSingleItem();

        line.Runs.Select(r => (r.Text, r.Face.Family)).ShouldBe([("Laos (", stack.LatinFamily), ("ລາວ", 0), (") 2026, [ok]", stack.LatinFamily)]);
        stack.LatinFamily.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_word_of_one_script_is_one_run_of_one_font_marks_and_conjuncts_included()
    {
        var (line, stack) = OneLine("प्रधानमंत्री ኢትዮጵያ ประเทศไทย");

        line.Runs.Select(r => (r.Text, stack.FamilyName(r.Face.Family))).ShouldBe(
            [("प्रधानमंत्री ", "Noto Sans Devanagari"), ("ኢትዮጵያ ", "Noto Sans Ethiopic"), ("ประเทศไทย", "Noto Sans Thai")]);
    }

    [Fact]
    public void Thai_written_without_spaces_breaks_between_its_words_never_inside_one()
    {
        using var engine = Engine([]);
        string[] words = ["ความ", "ร่วม", "มือ", "ครั้ง", "นี้", "จะ", "ช่วย", "ให้", "ประชาชน", "ของ", "เรา"];

        var block = engine.Layout([new StyledSpan(string.Concat(words), Style)], 45, 1.2);

        var lines = block.Lines.Select(l => string.Concat(l.Runs.Select(r => r.Text))).ToList();
        lines.Count.ShouldBeGreaterThan(2);
        string.Concat(lines).ShouldBe(string.Concat(words));
        var ends = words.Select((_, i) => string.Concat(words.Take(i + 1)).Length).ToHashSet();
        var end = 0;
        foreach (var line in lines)
        {
            end += line.Length;
            ends.ShouldContain(end, $"\"{line}\" ends inside a word");
        }
    }

    [Fact]
    public void Han_text_takes_the_forms_of_its_language_from_the_one_shipped_cjk_font()
    {
        using var engine = Engine([]);
        uint Glyph(string? language) =>
            engine.Layout([new StyledSpan("直", Style) { Language = language }], 100, 1.2).Lines.ShouldHaveSingleItem().Runs.ShouldHaveSingleItem().Glyphs.ShouldHaveSingleItem();

        var (simplified, traditional, japanese, korean, untagged) = (Glyph("zh-Hans"), Glyph("zh-Hant"), Glyph("ja"), Glyph("ko"), Glyph(null));

        // Measured in the shipped subset (hb-shape --language): 直 is glyph 11396 in Chinese and 11395 in Japanese and Korean forms.
        (simplified, traditional, japanese, korean).ShouldBe((11396u, 11396u, 11395u, 11395u));
        untagged.ShouldBe(simplified);
    }

    [Fact]
    public void English_in_a_right_to_left_document_keeps_its_full_stop_at_its_own_end()
    {
        using var shaper = new TextShaper(FontStack.Create([], ignoreSystemFonts: true));
        var engine = new TextEngine(shaper) { RightToLeft = true };

        var line = engine.Layout([new StyledSpan("المصدر: ", Style), new StyledSpan("Trade grew.", Style) { Language = "en" }], 1000, 1.2).Lines.ShouldHaveSingleItem();

        line.RightToLeft.ShouldBeTrue("a paragraph of a right-to-left document without a language of its own runs right to left");
        line.Offset.ShouldBe(0, "the page is mirrored after layout; the line is not moved here");
        line.Runs.Select(r => r.Text).ShouldBe(["المصدر: ", "Trade grew."]);
        line.Runs.Select(r => r.RightToLeft).ShouldBe([true, false]);
        line.Runs[1].X.ShouldBe(0, "the English, read second, at the left");
    }

    [Fact]
    public void A_latin_figure_isolated_in_a_right_to_left_document_reads_as_written()
    {
        using var shaper = new TextShaper(FontStack.Create([], ignoreSystemFonts: true));
        var engine = new TextEngine(shaper) { RightToLeft = true };

        var isolated = engine.Layout([new StyledSpan("~USD 200 bn", Style, BreakOnlyAfter: "") { Isolated = true }], 1000, 1.2).Lines.ShouldHaveSingleItem();
        var embedded = engine.Layout([new StyledSpan("~USD 200 bn", Style, BreakOnlyAfter: "")], 1000, 1.2).Lines.ShouldHaveSingleItem();

        isolated.RightToLeft.ShouldBeTrue("the paragraph still runs right to left");
        string.Concat(isolated.Runs.OrderBy(r => r.X).Select(r => r.Text)).ShouldBe("~USD 200 bn");
        string.Concat(embedded.Runs.OrderBy(r => r.X).Select(r => r.Text)).ShouldBe("USD 200 bn~", "not isolated, the tilde takes the paragraph's direction");
    }

    [Fact]
    public void An_isolated_span_keeps_the_arabic_sentence_around_it_in_order()
    {
        using var shaper = new TextShaper(FontStack.Create([], ignoreSystemFonts: true));
        var engine = new TextEngine(shaper) { RightToLeft = true };

        var line = engine.Layout([new StyledSpan("+31 bcm", Style) { Isolated = true }, new StyledSpan(" على الأقل", Style)], 1000, 1.2).Lines.ShouldHaveSingleItem();

        var visual = line.Runs.OrderBy(r => r.X).Where(r => r.Text.Trim().Length > 0).Select(r => (r.Text.Trim(), r.RightToLeft)).ToList();
        visual.ShouldBe([("على الأقل", true), ("+31 bcm", false)], "left to right: the qualifier's words, read after the figure; the figure one left-to-right run, its plus at its left");
    }

    [Fact]
    public void A_figure_without_a_strong_character_is_not_isolated()
    {
        using var shaper = new TextShaper(FontStack.Create([], ignoreSystemFonts: true));
        var engine = new TextEngine(shaper) { RightToLeft = true };

        var isolated = engine.Layout([new StyledSpan("~36", Style) { Isolated = true }], 1000, 1.2).Lines.ShouldHaveSingleItem();
        var embedded = engine.Layout([new StyledSpan("~36", Style)], 1000, 1.2).Lines.ShouldHaveSingleItem();

        isolated.Runs.OrderBy(r => r.X).Select(r => r.Text).ShouldBe(["36", "~"], "“~36” reads from the right, tilde first, as the brief's own numbers do");
        isolated.Runs.Select(r => (r.Text, r.X, r.RightToLeft)).ShouldBe(embedded.Runs.Select(r => (r.Text, r.X, r.RightToLeft)));
    }

    private static (TextLine Line, FontStack Stack) OneLine(string text, double width = 1000)
    {
        using var engine = Engine([]);
        return (engine.Layout([new StyledSpan(text, Style)], width, 1.2).Lines.ShouldHaveSingleItem(), engine.Stack);
    }

    private static TestEngine Engine(IReadOnlyList<string> fonts) => new(FontStack.Create(fonts, ignoreSystemFonts: true));

    private sealed class TestEngine(FontStack stack) : IDisposable
    {
        private readonly TextShaper shaper = new(stack);

        public FontStack Stack => stack;

        public TextBlock Layout(IReadOnlyList<StyledSpan> spans, double width, double lineHeight) => new TextEngine(shaper).Layout(spans, width, lineHeight);

        public void Dispose() => shaper.Dispose();
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("reports-fonts-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
