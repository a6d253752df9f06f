namespace Reports.Text.Tests;

public class LineBreakRuleTests
{
    [Fact]
    public void A_line_may_break_after_a_dash_inside_a_word()
    {
        using var shaper = new TextShaper(FontStack.Create([]));
        var engine = new TextEngine(shaper);
        var style = new TextStyle(FontVariant.Regular, 10, "#000000");
        var width = engine.SingleLine(new StyledSpan("state-own", style), 1).Width;

        var lines = engine.Layout([new StyledSpan("state-owned firms", style)], width, 1.4).Lines;

        lines.Select(l => string.Concat(l.Runs.Select(r => r.Text))).ShouldBe(["state-", "owned", "firms"]);
    }

    [Theory]
    [InlineData("中国和俄罗斯，两国和（北京）合作。", new[] { "中国和俄罗", "斯，两国和", "（北京）合", "作。" })]
    [InlineData("两国元首说“合作是双赢的”。", new[] { "两国元首说", "“合作是双赢", "的”。" })]
    public void Chinese_punctuation_never_starts_a_line_and_an_opening_bracket_never_ends_one(string text, string[] expected)
    {
        // A column six ideographs wide: a naive break would start lines with "，", "。" or "：" and end one with "（".
        using var shaper = new TextShaper(FontStack.Create([], ignoreSystemFonts: true));
        var engine = new TextEngine(shaper);
        var style = new TextStyle(FontVariant.Regular, 10, "#000000");
        var width = engine.SingleLine(new StyledSpan("中国和俄罗斯", style), 1).Width + 0.01;

        var lines = engine.Layout([new StyledSpan(text, style) { Language = "zh-Hans" }], width, 1.4).Lines;

        lines.Select(l => string.Concat(l.Runs.Select(r => r.Text))).ShouldBe(expected);
    }

    [Fact]
    public void A_leading_minus_is_not_a_break_opportunity()
    {
        using var shaper = new TextShaper(FontStack.Create([]));
        var engine = new TextEngine(shaper);
        var style = new TextStyle(FontVariant.Regular, 10, "#000000");

        var lines = engine.Layout([new StyledSpan("-5 -12", style)], engine.SingleLine(new StyledSpan("-5 -1", style), 1).Width, 1.4).Lines;

        lines.Select(l => string.Concat(l.Runs.Select(r => r.Text))).ShouldBe(["-5", "-12"]);
    }

    [Fact]
    public void A_kept_figure_moves_to_the_next_line_whole()
    {
        using var shaper = new TextShaper(FontStack.Create([]));
        var engine = new TextEngine(shaper);
        var style = new TextStyle(FontVariant.Regular, 10, "#000000");
        var width = engine.SingleLine(new StyledSpan("Damage of at least EUR", style), 1).Width;

        var lines = engine.Layout([new StyledSpan("Damage of ", style), new StyledSpan("at least EUR 4.7 bn", style, BreakOnlyAfter: ""), new StyledSpan(" was recorded", style)], width, 1.4).Lines;

        lines.Select(l => string.Concat(l.Runs.Select(r => r.Text)).Trim()).ShouldBe(["Damage of", "at least EUR 4.7 bn was", "recorded"]);
    }

    [Fact]
    public void A_kept_figure_wider_than_the_line_is_set_smaller_not_cut()
    {
        using var shaper = new TextShaper(FontStack.Create([]));
        var engine = new TextEngine(shaper);
        var style = new TextStyle(FontVariant.Regular, 10, "#000000");
        var width = engine.SingleLine(new StyledSpan("USD \u2212999,999", style), 1).Width;

        var lines = engine.Layout([new StyledSpan("USD \u2212999,999,999.99 m", style, BreakOnlyAfter: "")], width, 1.4).Lines;

        var line = lines.ShouldHaveSingleItem();
        string.Concat(line.Runs.Select(r => r.Text)).ShouldBe("USD \u2212999,999,999.99 m");
        line.Width.ShouldBeLessThanOrEqualTo(width);
        line.Runs[0].Style.Size.ShouldBeInRange(5, 9.9);
    }

    [Fact]
    public void A_kept_span_breaks_only_after_its_own_characters()
    {
        using var shaper = new TextShaper(FontStack.Create([]));
        var engine = new TextEngine(shaper);
        var style = new TextStyle(FontVariant.Regular, 10, "#000000");
        var width = engine.SingleLine(new StyledSpan("2024-06-03", style), 1).Width;

        var lines = engine.Layout([new StyledSpan("2024-06-03–2024-06-05", style, BreakOnlyAfter: "–")], width, 1.4).Lines;

        lines.Select(l => string.Concat(l.Runs.Select(r => r.Text))).ShouldBe(["2024-06-03–", "2024-06-05"]);
    }

    [Fact]
    public void A_kept_span_far_wider_than_the_line_is_cut_only_below_half_its_size()
    {
        using var shaper = new TextShaper(FontStack.Create([]));
        var engine = new TextEngine(shaper);
        var style = new TextStyle(FontVariant.Regular, 10, "#000000");
        var width = engine.SingleLine(new StyledSpan("abcdefghij", style), 1).Width;

        var lines = engine.Layout([new StyledSpan("abcdefghijabcdefghijabcdefghij", style, BreakOnlyAfter: "")], width, 1.4).Lines;

        string.Concat(lines.Select(l => string.Concat(l.Runs.Select(r => r.Text)))).ShouldBe("abcdefghijabcdefghijabcdefghij");
        lines.Count.ShouldBe(2);
        lines.ShouldAllBe(l => l.Runs[0].Style.Size == 5 && l.Width <= width);
    }

    [Theory]
    [InlineData('，', true, false)]
    [InlineData('。', true, false)]
    [InlineData('」', true, false)]
    [InlineData('「', false, true)]
    [InlineData('（', false, true)]
    [InlineData('中', false, false)]
    public void East_asian_punctuation_keeps_to_its_neighbour(char c, bool noLineStart, bool noLineEnd)
    {
        CodePoints.IsIdeographic(c).ShouldBeTrue();
        CodePoints.IsNoLineStart(c).ShouldBe(noLineStart);
        CodePoints.IsNoLineEnd(c).ShouldBe(noLineEnd);
    }

    [Fact]
    public void Zero_width_space_allows_a_break_and_draws_nothing()
    {
        using var shaper = new TextShaper(FontStack.Create([]));
        var engine = new TextEngine(shaper);
        var style = new TextStyle(FontVariant.Regular, 10, "#000000");
        var width = engine.SingleLine(new StyledSpan("alphabet", style), 1).Width + 1;

        var lines = engine.Layout([new StyledSpan("alphabet\u200Bsoup", style)], width, 1.4).Lines;

        lines.Select(l => string.Concat(l.Runs.Select(r => r.Text))).ShouldBe(["alphabet", "soup"]);
    }
}
