namespace Reports.Brief.Tests;

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
        problem.CodePoint.ShouldBe(0x13000);
        problem.Problem.ShouldStartWith("U+13000 '𓀀' (Egyptian Hieroglyphs) in \"Hieroglyphs 𓀀 here\" cannot be drawn: no font has it");
        problem.Expected.ShouldContain("--fonts");
        problem.Expected.ShouldContain("Debian package fonts-noto-core (Noto Sans Egyptian Hieroglyphs) would draw it");
    }

    [Fact]
    public void A_character_in_a_name_joined_into_a_table_cell_is_reported_at_the_name_it_comes_from()
    {
        var seed = Briefs.Seed;
        var leaders = seed.Event.Leaders.Select((l, i) => i == 1 ? l with { NativeName = "习近平 𓀀" } : l).ToList();
        var summit = seed with { Event = seed.Event with { Leaders = leaders } };

        var problems = BriefWriter.CheckText(summit, Briefs.Options);

        problems.ShouldContain(p => p.Path == "$.event.leaders[1].nativeName" && p.CodePoint == 0x13000);
        problems.ShouldAllBe(p => p.Path == "$.event.leaders[1].nativeName");
    }

    [Fact]
    public void Past_200_texts_that_cannot_be_drawn_one_line_counts_the_rest()
    {
        var large = Briefs.Large;
        var summit = large with { Indicators = [.. large.Indicators.Select(i => i with { Label = i.Label + " 𓀀" })] };

        var problems = BriefWriter.CheckText(summit, Briefs.Options);

        problems.Count.ShouldBe(201);
        problems.Take(200).ShouldAllBe(p => p.CodePoint == 0x13000 && System.Text.RegularExpressions.Regex.IsMatch(p.Path, @"^\$\.indicators\[\d+\]\.label$"));
        problems[200].Path.ShouldBe("$");
        problems[200].Problem.ShouldMatch(@"^\d+ more texts hold characters that cannot be drawn \(U\+13000 '𓀀'\); the first 200 are listed above\.$");
    }
}
