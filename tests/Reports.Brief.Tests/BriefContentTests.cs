namespace Reports.Brief.Tests;

/// <summary>The seed brief read back with PdfPig: what a reader must find in it.</summary>
public sealed class BriefContentTests
{
    /// <summary>Each seed indicator as a reader must see it, written down by hand from the dataset.</summary>
    static readonly Dictionary<string, string> SeedFigures = new()
    {
        ["documents-signed"] = "nearly 36",
        ["talks-duration"] = "7+ hours",
        ["un-anniversary"] = "80 years",
        ["brics-cooperation-areas"] = "3",
        ["trade-volume-2024"] = "USD 245 bn",
        ["priority-projects-count"] = "~90",
        ["priority-projects-value"] = "~USD 200 bn",
        ["trade-goals-horizon"] = "2030",
        ["power-of-siberia-1-volume"] = "31 bcm",
        ["far-eastern-route-increase"] = "10 bcm",
        ["border-crossings-hours"] = "24 hours a day",
        ["cross-years-events"] = "~150",
        ["cross-years-cities-russia"] = "30",
        ["cross-years-cities-china"] = "50",
        ["cross-years-span"] = "2 years",
        ["lunar-new-year-participants"] = "at least 200,000",
        ["visitors-russia-to-china-2024"] = "1.6 million",
        ["visitors-china-to-russia-2024"] = "~1.2 million",
        ["students-russian-in-china"] = "21,000",
        ["students-chinese-in-russia"] = "51,000",
        ["education-programmes"] = "160+",
        ["joint-education-institutions"] = "27",
        ["inter-university-associations"] = "12",
        ["association-member-institutions"] = "~600",
    };

    [Fact]
    public void Every_indicator_value_appears_in_its_appendix_row_with_its_qualifier()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);
        var rows = Briefs.AppendixRows(pdf);

        SeedFigures.Keys.Order(StringComparer.Ordinal).ShouldBe(Briefs.Seed.Indicators.Select(i => i.Id).Order(StringComparer.Ordinal));
        var wrong = SeedFigures.Where(f => !rows.TryGetValue(f.Key, out var row) || !row.Contains(" " + f.Value + " ", StringComparison.Ordinal))
            .Select(f => $"{f.Key}: expected \"{f.Value}\" in \"{rows.GetValueOrDefault(f.Key, "(no row)")}\"").ToList();
        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void Every_section_title_appears()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);
        var text = Briefs.Text(pdf);

        foreach (var title in Briefs.Seed.Themes.Select(t => t.Title).Concat(["Executive summary", "Contents", "Agreements signed", "Appendix: all indicators", "Sources"]))
            text.ShouldContain(title);
    }

    [Fact]
    public void The_cover_names_the_event_date_place_parties_leaders_and_documents_signed()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);
        var cover = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));

        cover.ShouldContain("Russia–China Summit, Moscow 2025");
        cover.ShouldContain("8 May 2025");
        cover.ShouldContain("Moscow, Russia");
        cover.ShouldContain("Vladimir Putin");
        cover.ShouldContain("Xi Jinping");
        cover.ShouldContain("Россия");
        cover.ShouldContain("~36");
        cover.ShouldContain("7+ hours");
    }

    [Fact]
    public void Every_source_excerpt_is_quoted_in_the_sources_section()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);
        var text = Briefs.Text(pdf);

        foreach (var excerpt in Briefs.Seed.Indicators.Select(i => i.SourceExcerpt).Distinct())
            text.ShouldContain(System.Text.RegularExpressions.Regex.Replace(excerpt, @"\s+", " ")[..60]);
    }

    [Fact]
    public void Extracted_text_has_no_ligatures_so_it_stays_searchable()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);
        var text = Briefs.Text(pdf);

        text.ShouldNotContain("ﬁ");
        text.ShouldNotContain("ﬀ");
        text.ShouldNotContain("ﬃ");
        text.ShouldContain("film festivals");
        text.ShouldContain("flows");
        text.ShouldContain("tariffs");
    }

    [Fact]
    public void Metadata_records_title_author_and_the_given_date_never_the_clock()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);
        var info = pdf.Information;

        info.Title.ShouldBe("Russia–China Summit, Moscow 2025");
        info.Author.ShouldBe("Reports");
        info.Producer!.ShouldContain("1.2.3");
        info.Keywords!.ShouldContain("Russia");
        info.GetCreatedDateTimeOffset()!.Value.UtcDateTime.ShouldBe(new DateTime(2025, 5, 8, 0, 0, 0, DateTimeKind.Utc));
    }
}
