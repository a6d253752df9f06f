using Reports.Layout.Text;

namespace Reports.Layout.Tests;

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

    [Fact]
    public void A_leading_minus_is_not_a_break_opportunity()
    {
        using var shaper = new TextShaper(FontStack.Create([]));
        var engine = new TextEngine(shaper);
        var style = new TextStyle(FontVariant.Regular, 10, "#000000");

        var lines = engine.Layout([new StyledSpan("-5 -12", style)], engine.SingleLine(new StyledSpan("-5 -1", style), 1).Width, 1.4).Lines;

        lines.Select(l => string.Concat(l.Runs.Select(r => r.Text))).ShouldBe(["-5", "-12"]);
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
