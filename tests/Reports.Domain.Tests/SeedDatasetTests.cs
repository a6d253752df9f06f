using Reports.Domain.Formatting;
using Reports.Domain.Loading;
using Reports.Domain.Model;

namespace Reports.Domain.Tests;

public sealed class SeedDatasetTests
{
    static readonly Summit Seed = SummitLoader.Load(Some.SeedPath).Summit!;

    [Fact]
    public void Seed_dataset_loads_without_errors()
    {
        var result = SummitLoader.Load(Some.SeedPath);

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        result.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Seed_event_is_the_Moscow_talks_of_8_May_2025_with_the_date_marked_inferred()
    {
        Seed.Event.Date.ShouldBe(new DateOnly(2025, 5, 8));
        Seed.Event.DateInferred.ShouldBeTrue();
        Seed.Event.DateNote.ShouldNotBeNullOrWhiteSpace();
        Seed.Event.Place.ShouldContain("Moscow");
        Seed.Event.Parties.Select(p => p.Name).ShouldBe(["Russia", "China"]);
        Seed.Event.Leaders.Select(l => l.Name).ShouldBe(["Vladimir Putin", "Xi Jinping"]);
    }

    [Theory]
    [InlineData("trade-volume-2024", 245, "USD bn", Qualifier.Exact, IndicatorKind.Actual, "2024")]
    [InlineData("priority-projects-count", 90, "count", Qualifier.Approximately, IndicatorKind.Actual, "2025-05")]
    [InlineData("priority-projects-value", 200, "USD bn", Qualifier.Approximately, IndicatorKind.Actual, "2025-05")]
    [InlineData("power-of-siberia-1-volume", 31, "bcm", Qualifier.Exact, IndicatorKind.Actual, "2025")]
    [InlineData("far-eastern-route-increase", 10, "bcm", Qualifier.Exact, IndicatorKind.Target, "2027")]
    [InlineData("cross-years-events", 150, "count", Qualifier.Approximately, IndicatorKind.Actual, "2024/2025")]
    [InlineData("cross-years-cities-russia", 30, "count", Qualifier.Exact, IndicatorKind.Actual, "2024/2025")]
    [InlineData("cross-years-cities-china", 50, "count", Qualifier.Exact, IndicatorKind.Actual, "2024/2025")]
    [InlineData("visitors-russia-to-china-2024", 1_600_000, "people", Qualifier.Exact, IndicatorKind.Actual, "2024")]
    [InlineData("visitors-china-to-russia-2024", 1_200_000, "people", Qualifier.Approximately, IndicatorKind.Actual, "2024")]
    [InlineData("students-russian-in-china", 21_000, "people", Qualifier.Exact, IndicatorKind.Actual, "2025")]
    [InlineData("students-chinese-in-russia", 51_000, "people", Qualifier.Exact, IndicatorKind.Actual, "2025")]
    [InlineData("education-programmes", 160, "count", Qualifier.MoreThan, IndicatorKind.Actual, "2025")]
    [InlineData("joint-education-institutions", 27, "count", Qualifier.Exact, IndicatorKind.Actual, "2025")]
    [InlineData("inter-university-associations", 12, "count", Qualifier.Exact, IndicatorKind.Actual, "2025")]
    [InlineData("association-member-institutions", 600, "count", Qualifier.Approximately, IndicatorKind.Actual, "2025")]
    [InlineData("un-anniversary", 80, "years", Qualifier.Exact, IndicatorKind.Actual, "2025")]
    [InlineData("brics-cooperation-areas", 3, "count", Qualifier.Exact, IndicatorKind.Target, "2025")]
    [InlineData("talks-duration", 7, "hours", Qualifier.MoreThan, IndicatorKind.Actual, "2025-05-08")]
    [InlineData("documents-signed", 36, "count", Qualifier.Nearly, IndicatorKind.Actual, "2025-05-08")]
    [InlineData("trade-goals-horizon", 2030, "year", Qualifier.Exact, IndicatorKind.Target, "2030")]
    [InlineData("border-crossings-hours", 24, "hours per day", Qualifier.Exact, IndicatorKind.Actual, "2025")]
    [InlineData("lunar-new-year-participants", 200_000, "people", Qualifier.AtLeast, IndicatorKind.Actual, "2025-01")]
    [InlineData("cross-years-span", 2, "years", Qualifier.Exact, IndicatorKind.Actual, "2024/2025")]
    public void Every_number_of_the_article_is_an_indicator_with_its_qualifier(string id, double value, string unit, Qualifier qualifier, IndicatorKind kind, string period)
    {
        var indicator = Seed.Indicator(id);

        indicator.Value.ShouldBe(value);
        indicator.Unit.Id.ShouldBe(unit);
        indicator.Qualifier.ShouldBe(qualifier);
        indicator.Kind.ShouldBe(kind);
        indicator.Period.ShouldBe(period);
    }

    [Fact]
    public void Every_source_excerpt_and_quote_is_verbatim_from_the_article()
    {
        var article = File.ReadAllText(Some.ArticlePath);

        foreach (var indicator in Seed.Indicators)
            article.ShouldContain(indicator.SourceExcerpt, customMessage: indicator.Id);
        foreach (var quote in Seed.Themes.SelectMany(t => t.Quotes))
            article.ShouldContain(quote.Text);
    }

    [Fact]
    public void Every_figure_written_in_the_article_appears_in_some_indicator_excerpt()
    {
        // Numerals in the article body (not headings) must each be covered by an indicator's source sentence.
        var article = File.ReadAllText(Some.ArticlePath);
        var body = article[article.IndexOf("Russia and China have signed", StringComparison.Ordinal)..article.IndexOf("Further Reading", StringComparison.Ordinal)];
        var numerals = System.Text.RegularExpressions.Regex.Matches(body, @"\d[\d,.]*\d|\d")
            .Select(m => m.Value.TrimEnd('.', ','))
            .Where(n => n is not "1" and not "2") // "Power of Siberia 1/2" are names, not figures
            .Distinct();
        var excerpts = string.Join(" ", Seed.Indicators.Select(i => i.SourceExcerpt));

        foreach (var numeral in numerals)
            excerpts.ShouldContain(numeral, customMessage: $"no indicator comes from the sentence with {numeral}");
    }

    [Fact]
    public void Flows_have_a_direction_between_the_parties()
    {
        Seed.Indicator("visitors-russia-to-china-2024").Direction.ShouldBe(new Direction("ru", "cn"));
        Seed.Indicator("students-chinese-in-russia").Direction.ShouldBe(new Direction("cn", "ru"));
        Seed.Indicator("power-of-siberia-1-volume").Direction.ShouldBe(new Direction("ru", "cn"));
    }

    [Fact]
    public void Seed_declares_the_charts_the_brief_needs()
    {
        Seed.Charts.Select(c => c.Id).ShouldBe(["trade-vs-investment", "gas-volumes", "visitor-flows", "student-flows", "education-network", "cross-years-culture"]);
        Seed.Charts.Single(c => c.Id == "gas-volumes").Kind.ShouldBe(ChartKind.StackedBar);
        Seed.Charts.Single(c => c.Id == "visitor-flows").ThemeId.ShouldBe("culture-tourism");
        Seed.Charts.Single(c => c.Id == "student-flows").ThemeId.ShouldBe("education");
    }

    [Fact]
    public void Seed_themes_cover_the_article()
    {
        Seed.Themes.Select(t => t.Id).ShouldBe(["overview", "global-issues", "bilateral-agreements", "trade-investment", "energy",
            "technology", "manufacturing-supply-chains", "logistics", "culture-tourism", "education"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("trade-volume-2024", "USD 245 bn")]
    [InlineData("priority-projects-value", "~USD 200 bn")]
    [InlineData("talks-duration", "7+ hours")]
    [InlineData("visitors-russia-to-china-2024", "1.6 million")]
    [InlineData("visitors-china-to-russia-2024", "~1.2 million")]
    [InlineData("students-chinese-in-russia", "51,000")]
    [InlineData("trade-goals-horizon", "2030")]
    public void Figures_are_written_with_their_qualifiers(string id, string expected) =>
        FigureFormatter.Default.Qualified(Seed.Indicator(id)).ShouldBe(expected);

    [Fact]
    public void Nearly_three_dozen_documents_is_nearly_36_in_text_and_about_36_on_a_card_never_up_to_36()
    {
        var documents = Seed.Indicator("documents-signed");

        documents.Qualifier.ShouldBe(Qualifier.Nearly);
        documents.QualifierText.ShouldBe("nearly three dozen");
        FigureFormatter.Default.Qualified(documents).ShouldBe("nearly 36");
        FigureFormatter.Default.Compact(documents).ShouldBe("~36");
        FigureFormatter.Default.QualifierWords(documents.Qualifier).ShouldBe("nearly");
    }

    [Fact]
    public void A_plus_never_splits_a_number_from_a_glued_symbol()
    {
        var share = Seed.Indicator("trade-volume-2024") with { Value = 41, Unit = Units.Find("percent")!, Qualifier = Qualifier.MoreThan };

        FigureFormatter.Default.Qualified(share).ShouldBe("41%+");
    }
}
