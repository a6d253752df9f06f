namespace Reports.Pdf.Tests;

public sealed class TextCheckTests
{
    [Fact]
    public void The_seed_dataset_has_no_text_the_fonts_cannot_draw()
    {
        BriefWriter.CheckText(Briefs.Seed, Briefs.Options).ShouldBeEmpty();
    }

    [Fact]
    public void A_character_no_font_can_draw_is_reported_with_its_json_path()
    {
        var seed = Briefs.Seed;
        var theme = seed.Themes[2] with { Title = "Hieroglyphs 𓀀 here" };
        var summit = seed with { Themes = [.. seed.Themes.Take(2), theme, .. seed.Themes.Skip(3)] };

        var problem = BriefWriter.CheckText(summit, Briefs.Options).ShouldHaveSingleItem();

        problem.Path.ShouldBe("$.themes[2].title");
        problem.CodePoints.ShouldBe([0x13000]);
        problem.ToString().ShouldContain("U+13000");
    }
}
