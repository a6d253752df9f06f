namespace Reports.Brief.Tests;

/// <summary>What every brief of the varied corpus must get right, whatever the summit's shape.</summary>
public sealed class VariedCorpusTests
{
    [Fact]
    public void The_corpus_holds_summits_of_many_shapes_in_the_current_schema()
    {
        var summits = VariedCorpus.All.Select(VariedCorpus.Summit).ToList();

        summits.Count.ShouldBeGreaterThanOrEqualTo(5);
        summits.ShouldAllBe(s => s.SchemaVersion == "1.0");
        summits.Select(s => s.Event.Parties.Count).Order().ShouldBe([2, 2, 3, 4, 9, 30]);
        summits.Min(s => s.Indicators.Count).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(VariedCorpus.Names), MemberType = typeof(VariedCorpus))]
    public void The_cover_never_spills_onto_a_second_page(string name)
    {
        using var pdf = VariedCorpus.Open(name);

        string.Join(' ', VariedCorpus.Lines(pdf.GetPage(1))).ShouldContain("Prepared 8 May 2025 from", Case.Sensitive);
        string.Join(' ', VariedCorpus.Lines(pdf.GetPage(2))).ShouldNotContain("Prepared 8 May 2025", Case.Sensitive);
    }

    [Theory]
    [MemberData(nameof(VariedCorpus.Names), MemberType = typeof(VariedCorpus))]
    public void No_brief_says_what_only_the_seed_made_true(string name)
    {
        using var pdf = VariedCorpus.Open(name);
        var text = Briefs.Text(pdf);

        text.ShouldNotContain("talks between", Case.Sensitive);
        text.ShouldNotContain("The source names the kinds of document below", Case.Sensitive);
        text.ShouldNotContain("All 1 indicators", Case.Sensitive);
        text.ShouldNotContain(" 1 hours", Case.Sensitive);
        text.ShouldNotContain("1 Documents signed", Case.Sensitive);
    }

    [Theory]
    [InlineData("long-texts-and-extreme-values", "at least 900 trillion")]
    [InlineData("long-texts-and-extreme-values", "~USD \u2212900,000,000,000,000 bn")]
    [InlineData("long-texts-and-extreme-values", "~1.59 billion")]
    [InlineData("long-texts-and-extreme-values", "1,234,567.89 t")]
    [InlineData("long-texts-and-extreme-values", "USD \u2212999,999,999.99 m")]
    [InlineData("long-texts-and-extreme-values", "up to 12,345.5 km")]
    [InlineData("long-texts-and-extreme-values", "26+ hours")]
    [InlineData("nine-party-danube-summit", "at least EUR 4.7 bn")]
    [InlineData("nine-party-danube-summit", "~38.5 mt")]
    [InlineData("nine-party-danube-summit", "71+ days")]
    [InlineData("nine-party-danube-summit", "\u221218.5%")]
    [InlineData("four-party-energy-ministers", "~4.5 hours")]
    [InlineData("four-party-energy-ministers", "EUR \u22120.4 bn")]
    [InlineData("trilateral-lublin-triangle", "up to 31 hours")]
    [InlineData("smallest-valid", "up to 1 hour")]
    public void A_figure_is_never_broken_across_lines(string name, string figure)
    {
        using var pdf = VariedCorpus.Open(name);

        VariedCorpus.AppendixValues(pdf).ShouldContain(figure);
        VariedCorpus.Lines(pdf).Count(line => line.Contains(figure, StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(2, "in its section and in the appendix");
    }

    [Theory]
    [MemberData(nameof(VariedCorpus.Names), MemberType = typeof(VariedCorpus))]
    public void Ids_break_only_after_their_hyphens_and_periods_only_after_their_dash(string name)
    {
        using var pdf = VariedCorpus.Open(name);
        var summit = VariedCorpus.Summit(name);

        var ids = VariedCorpus.AppendixColumn(pdf, "Id", "Indicator");
        var periods = VariedCorpus.AppendixColumn(pdf, "Period", "Kind");

        ids.Count.ShouldBeGreaterThanOrEqualTo(summit.Indicators.Count);
        ids.ShouldAllBe(part => summit.Indicators.Any(i => IsWholeParts(i.Id, part, '-')));
        periods.ShouldAllBe(part => summit.Indicators.Any(i => IsWholeParts(i.Period.Replace('/', '–'), part, '–')));
    }

    /// <summary>True when <paramref name="part"/> is a run of whole pieces of <paramref name="text"/> cut after <paramref name="separator"/>.</summary>
    static bool IsWholeParts(string text, string part, char separator)
    {
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            var end = at + part.Length;
            if ((at == 0 || text[at - 1] == separator) && (end == text.Length || text[end - 1] == separator))
                return true;
        }

        return false;
    }
}
