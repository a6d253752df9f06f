using Reports.Layout.Text;

namespace Reports.Layout.Tests;

/// <summary>
/// The text engine remembers the layout of a short text; laid out again it gives that layout only for the
/// same width, line height and style, and its own otherwise.
/// </summary>
public sealed class RepeatedTextTests
{
    private static readonly TextStyle Style = new(FontVariant.Regular, 10, "#000000");

    [Fact]
    public void A_short_text_laid_out_again_in_a_narrower_width_wraps_in_that_width()
    {
        using var shaper = new TextShaper(FontStack.Create([], ignoreSystemFonts: true));
        var engine = new TextEngine(shaper);
        var span = new StyledSpan("Trade volume grew", Style);

        var wide = engine.Layout([span], 1000, 1.2);
        var narrow = engine.Layout([span], 40, 1.2);
        var wideAgain = engine.Layout([span], 1000, 1.2);

        wide.Lines.Count.ShouldBe(1);
        narrow.Lines.Select(l => string.Concat(l.Runs.Select(r => r.Text)).Trim()).ShouldBe(["Trade", "volume", "grew"]);
        wideAgain.Lines.Count.ShouldBe(1);
    }

    [Fact]
    public void A_short_text_laid_out_again_with_another_line_height_or_size_takes_its_own_height()
    {
        using var shaper = new TextShaper(FontStack.Create([], ignoreSystemFonts: true));
        var engine = new TextEngine(shaper);
        var span = new StyledSpan("2024", Style);

        engine.Layout([span], 1000, 1.2).Height.ShouldBe(12, 1e-9);
        engine.Layout([span], 1000, 2).Height.ShouldBe(20, 1e-9);
        engine.Layout([span with { Style = Style with { Size = 20 } }], 1000, 1.2).Height.ShouldBe(24, 1e-9);
    }
}
