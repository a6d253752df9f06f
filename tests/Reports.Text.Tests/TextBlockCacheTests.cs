namespace Reports.Text.Tests;

/// <summary>
/// A short text laid out again takes the lines of the first time (an appendix repeats its units, periods and
/// kinds over thousands of rows), and only when everything its layout depends on is the same.
/// </summary>
public sealed class TextBlockCacheTests
{
    private static readonly TextStyle Regular = new(FontVariant.Regular, 10, "#000000");

    [Fact]
    public void A_text_met_again_in_the_same_width_is_kept_and_a_third_time_takes_the_lines_of_the_second()
    {
        using var shaper = new TextShaper(FontStack.Create([], ignoreSystemFonts: true));
        var engine = new TextEngine(shaper);

        var first = engine.Layout([new StyledSpan("bcm", Regular)], 60, 1.35);
        var second = engine.Layout([new StyledSpan("bcm", new TextStyle(FontVariant.Regular, 10, "#000000"))], 60, 1.35);
        var third = engine.Layout([new StyledSpan("bcm", Regular)], 60, 1.35);

        second.ShouldNotBeSameAs(first, "a text met once is not held (most are ids and labels, met once)");
        third.ShouldBeSameAs(second);
    }

    [Fact]
    public void The_same_text_in_a_narrower_width_is_laid_out_anew()
    {
        using var shaper = new TextShaper(FontStack.Create([], ignoreSystemFonts: true));
        var engine = new TextEngine(shaper);

        var wide = engine.Layout([new StyledSpan("Trade grew", Regular)], 200, 1.35);
        var narrow = engine.Layout([new StyledSpan("Trade grew", Regular)], 30, 1.35);

        wide.Lines.Select(l => string.Concat(l.Runs.Select(r => r.Text))).ShouldBe(["Trade grew"]);
        narrow.Lines.Select(l => string.Concat(l.Runs.Select(r => r.Text))).ShouldBe(["Trade", "grew"], "the space the break swallows is not drawn");
    }

    [Fact]
    public void The_same_text_with_another_line_height_is_laid_out_anew()
    {
        using var shaper = new TextShaper(FontStack.Create([], ignoreSystemFonts: true));
        var engine = new TextEngine(shaper);

        var tight = engine.Layout([new StyledSpan("2024", Regular)], 60, 1.0);
        var loose = engine.Layout([new StyledSpan("2024", Regular)], 60, 2.0);

        (tight.Height, loose.Height).ShouldBe((10.0, 20.0));
    }

    [Fact]
    public void The_same_text_in_bold_a_link_or_another_span_after_it_is_laid_out_anew()
    {
        using var shaper = new TextShaper(FontStack.Create([], ignoreSystemFonts: true));
        var engine = new TextEngine(shaper);

        var plain = engine.Layout([new StyledSpan("[12]", Regular)], 60, 1.35).Lines[0].Runs;
        var bold = engine.Layout([new StyledSpan("[12]", Regular with { Variant = FontVariant.Bold })], 60, 1.35).Lines[0].Runs;
        var linked = engine.Layout([new StyledSpan("[12]", Regular, new LinkTarget(null, "sources"))], 60, 1.35).Lines[0].Runs;
        var followed = engine.Layout([new StyledSpan("[12]", Regular), new StyledSpan(" ok", Regular)], 60, 1.35).Lines[0].Runs;

        plain.Select(r => (r.Face.Variant, r.Link)).ShouldBe([(FontVariant.Regular, (LinkTarget?)null)]);
        bold.Select(r => (r.Face.Variant, r.Link)).ShouldBe([(FontVariant.Bold, (LinkTarget?)null)]);
        linked.Select(r => (r.Face.Variant, r.Link)).ShouldBe([(FontVariant.Regular, (LinkTarget?)new LinkTarget(null, "sources"))]);
        followed.Select(r => r.Text).ShouldBe(["[12]", " ok"]);
    }
}
