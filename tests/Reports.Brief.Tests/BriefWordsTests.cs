namespace Reports.Brief.Tests;

/// <summary>Generated sentences read back from briefs of the varied corpus: true for the summit, grammatical for 1, 2 and many.</summary>
public sealed class BriefWordsTests
{
    [Theory]
    [InlineData("nine-party-danube-summit", "Nine parties met in Komárom, Hungary on 18 September 2024: Austria, Bulgaria, Croatia, Germany, Hungary, Moldova, Romania, Serbia and Slovakia.")]
    [InlineData("four-party-energy-ministers", "Four parties met in Tallinn, Estonia on 11 March 2025: Estonia, Finland, Latvia and Lithuania.")]
    [InlineData("trilateral-lublin-triangle", "Three parties met in Lublin, Poland on 12 April 2024: Poland, Lithuania and Ukraine.")]
    [InlineData("smallest-valid", "Iceland and Malta met in Geneva on 2 November 2023.")]
    public void The_summary_says_who_met_where_and_when_as_a_list(string name, string sentence)
    {
        using var pdf = VariedCorpus.Open(name);

        Briefs.Text(pdf).ShouldContain(sentence, Case.Sensitive);
    }

    [Theory]
    [InlineData("smallest-valid", "The one indicator.")]
    [InlineData("four-party-energy-ministers", "All 20 indicators.")]
    public void The_appendix_counts_its_indicators_in_words_that_fit_the_count(string name, string words)
    {
        using var pdf = VariedCorpus.Open(name);

        Briefs.Text(pdf).ShouldContain(words, Case.Sensitive);
    }

    [Fact]
    public void An_appendix_of_the_first_indicators_does_not_call_itself_all_indicators()
    {
        using var pdf = Briefs.Open(Briefs.Render(Briefs.Seed, Briefs.Options with { Appendix = AppendixMode.Top, TopPerTheme = 1 }));
        var text = Briefs.Text(pdf);

        text.ShouldContain("Appendix: indicators", Case.Sensitive);
        text.ShouldNotContain("Appendix: all indicators", Case.Sensitive);
        text.ShouldContain("The first indicator of each theme (8 of 24; the workbook lists all).", Case.Sensitive);
    }

    [Fact]
    public void A_unit_of_one_is_singular()
    {
        using var pdf = VariedCorpus.Open("smallest-valid");
        var cover = string.Join(' ', VariedCorpus.Lines(pdf.GetPage(1)));

        cover.ShouldContain("up to 1 hour Length of the consultations", Case.Sensitive);
        Briefs.Text(pdf).ShouldNotContain("1 hours", Case.Sensitive);
    }

    [Fact]
    public void The_cover_cards_take_the_labels_of_their_indicators()
    {
        using var pdf = VariedCorpus.Open("thirty-party-ocean-conference");
        var cover = string.Join(' ', VariedCorpus.Lines(pdf.GetPage(1)));

        cover.ShouldContain("Length of the conference Declarations adopted", Case.Sensitive);
        cover.ShouldNotContain("Documents signed", Case.Sensitive);
    }

    [Fact]
    public void Many_parties_move_to_the_next_page_and_the_cover_says_so()
    {
        using var pdf = VariedCorpus.Open("thirty-party-ocean-conference");

        string.Join(' ', VariedCorpus.Lines(pdf.GetPage(1))).ShouldContain("30 parties took part; the next page lists them with their leaders.", Case.Sensitive);
        VariedCorpus.Lines(pdf.GetPage(2)).Skip(1).Take(2).ShouldBe(["Parties and leaders", "Party Led by"]);
        VariedCorpus.Lines(pdf.GetPage(2)).ShouldContain("Spain (España) Carmen López, Minister for the Ocean");
    }

    [Theory]
    [InlineData("nine-party-danube-summit", "Hungary (Magyarország)", "Moldova (Moldova)")]
    [InlineData("long-texts-and-extreme-values", "(Organisation de coopération et de", "(Asian Infrastructure")]
    [InlineData("thirty-party-ocean-conference", "Greece (Ελλάδα)", "Chile (Chile)")]
    public void A_native_name_is_shown_only_when_it_differs_from_the_name(string name, string shown, string notShown)
    {
        using var pdf = VariedCorpus.Open(name);
        var text = Briefs.Text(pdf);

        text.ShouldContain(shown, Case.Sensitive);
        text.ShouldNotContain(notShown, Case.Sensitive);
    }

    [Fact]
    public void A_party_without_a_leader_says_so_rather_than_leaving_a_blank()
    {
        using var pdf = VariedCorpus.Open("smallest-valid");

        VariedCorpus.Lines(pdf.GetPage(1)).ShouldContain("Malta —");
    }

    [Theory]
    [InlineData("long-texts-and-extreme-values", "The conference opened on 3 June 2024 and closed on 5 June 2024; the brief dates it by its opening day.")]
    [InlineData("four-party-energy-ministers", "Date inferred. The communiqué is dated 11 March 2025; the meeting is assumed to have taken place that day.")]
    public void The_date_note_is_on_the_cover_whenever_it_is_given(string name, string note)
    {
        using var pdf = VariedCorpus.Open(name);

        string.Join(' ', VariedCorpus.Lines(pdf.GetPage(1))).ShouldContain(note, Case.Sensitive);
    }

    [Theory]
    [InlineData("long-texts-and-extreme-values", "Counts every instruction once, including reversals; the secretariat warns that double counting across the two ledgers cannot be excluded.")]
    [InlineData("long-texts-and-extreme-values", "A stress-test figure, not a forecast.")]
    [InlineData("long-texts-and-extreme-values", "Weighed at the quay.")]
    [InlineData("nine-party-danube-summit", "Preliminary estimate by the national disaster agencies.")]
    [InlineData("four-party-energy-ministers", "Disconnection from the former BRELL ring took place on 8 February 2025.")]
    [InlineData("four-party-energy-ministers", "Per cent of the 2022 peak monthly average.")]
    public void Indicator_notes_appear_beside_their_figures_even_without_the_appendix(string name, string note)
    {
        using var pdf = VariedCorpus.Open(name, AppendixMode.None);

        Briefs.Text(pdf).ShouldContain(note, Case.Sensitive);
    }

    [Fact]
    public void Large_counts_take_scale_words_and_negatives_the_true_minus()
    {
        using var pdf = VariedCorpus.Open("long-texts-and-extreme-values");
        var text = Briefs.Text(pdf);

        text.ShouldContain("at least 900 trillion", Case.Sensitive);
        text.ShouldContain("~1.59 billion", Case.Sensitive);
        text.ShouldContain("~USD \u2212900,000,000,000,000 bn", Case.Sensitive);
        text.ShouldNotContain("000,000 million", Case.Sensitive);
        text.ShouldNotContain("1,590 million", Case.Sensitive);
        text.ShouldNotContain("USD -", Case.Sensitive);
    }

    [Fact]
    public void Other_figures_leave_out_what_the_section_shows_in_cards_and_charts()
    {
        using var pdf = VariedCorpus.Open("nine-party-danube-summit", AppendixMode.None);
        var text = Briefs.Text(pdf);

        text.ShouldContain("23 Ferry crossings still in service (2024)", Case.Sensitive);
        text.ShouldContain("340 River gauges to be linked to the joint early-warning system (2026, target)", Case.Sensitive);
        text.ShouldNotContain("Cargo through the Komárom lock, October 2023", Case.Sensitive);
        text.ShouldNotContain("Throughput of the port of Vukovar", Case.Sensitive);
    }

    [Fact]
    public void The_agreements_section_claims_nothing_the_data_does_not_say()
    {
        using var pdf = VariedCorpus.Open("nine-party-danube-summit");

        Briefs.Text(pdf).ShouldContain("Declarations and memoranda signed: 9. The documents the source names are listed below by category.", Case.Sensitive);
    }

    [Fact]
    public void A_section_opening_stays_with_what_follows_it()
    {
        using var fisheries = VariedCorpus.Open("thirty-party-ocean-conference");
        using var agreements = VariedCorpus.Open("trilateral-lublin-triangle");

        VariedCorpus.Lines(VariedCorpus.PageWith(fisheries, "3. Fisheries")).ShouldContain("Catch by exclusive economic zone");
        VariedCorpus.Lines(VariedCorpus.PageWith(agreements, "Agreements signed")).ShouldContain("Joint statement");
    }
}
