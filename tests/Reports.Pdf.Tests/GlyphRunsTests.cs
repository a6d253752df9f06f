using Reports.Layout.Paging;
using Reports.Text;

namespace Reports.Pdf.Tests;

/// <summary>Placed text as the writer's glyph runs: a run drawn again is drawn from one copy, and only with the space its own line needs.</summary>
public sealed class GlyphRunsTests
{
    [Fact]
    public void A_run_drawn_again_gets_a_space_after_its_ink_only_where_its_line_swallowed_one()
    {
        var stack = FontStack.Create([], ignoreSystemFonts: true);
        using var shaper = new TextShaper(stack);
        var run = new TextEngine(shaper).Layout([new StyledSpan("bcm", new TextStyle(FontVariant.Regular, 10, "#000000"))], 100, 1.2).Lines[0].Runs[0];
        var runs = new GlyphRuns(stack);

        var plain = runs.Of(new PlacedText(new Rect(0, 0, run.Width, 12)) { Run = run });
        var spaced = runs.Of(new PlacedText(new Rect(0, 20, run.Width, 12)) { Run = run, SpaceAfter = true });
        var again = runs.Of(new PlacedText(new Rect(0, 40, run.Width, 12)) { Run = run, Baseline = 9 });

        (plain.Text, plain.Glyphs.Count, plain.Origin.Y).ShouldBe(("bcm", 3, 0.0));
        (spaced.Text, spaced.Glyphs.Count, spaced.Origin.Y).ShouldBe(("bcm ", 4, 20.0));
        (again.Text, again.Glyphs.Count, again.Origin.Y).ShouldBe(("bcm", 3, 49.0));
        again.Glyphs.ShouldBeSameAs(plain.Glyphs, "the same run is drawn from one copy of its glyphs");
    }
}
