namespace Reports.Brief.Tests;

/// <summary>What schema 1.1 adds, as the brief shows it: "nearly" in text and on cards, a summit of several days as a range.</summary>
public sealed class Schema11BriefTests
{
    [Fact]
    public void Nearly_three_dozen_is_nearly_36_in_the_text_and_about_36_on_the_card_never_up_to_36()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);
        var cover = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        var text = Briefs.Text(pdf);

        cover.ShouldContain("~36");
        // Three cards show it: the cover's, and those of the Overview and Bilateral agreements sections.
        System.Text.RegularExpressions.Regex.Matches(text, "~36").Count.ShouldBe(3);
        text.ShouldContain("Documents signed at the talks: nearly 36");
        text.ShouldNotContain("up to 36");
    }

    [Fact]
    public void A_summit_of_several_days_gives_its_dates_as_a_range_on_the_cover_and_in_the_summary()
    {
        var seed = Briefs.Seed;
        var summit = seed with { Event = seed.Event with { Date = new DateOnly(2024, 10, 22), EndDate = new DateOnly(2024, 10, 24) } };

        using var pdf = Briefs.Open(Briefs.Render(summit, Briefs.Options));
        var cover = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        var text = Briefs.Text(pdf);

        cover.ShouldContain("22–24 October 2024");
        text.ShouldContain("in Moscow, Russia on 22–24 October 2024");
    }
}
