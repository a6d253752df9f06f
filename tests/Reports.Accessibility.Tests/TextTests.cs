namespace Reports.Accessibility.Tests;

/// <summary>
/// What a screen reader hears and a reader copies is the dataset's own text: each paragraph and quote
/// element reads as its source string, a native name or quote in another language carries its /Lang, and a
/// key-figure card reads value, label, then period and source.
/// </summary>
public sealed class TextTests
{
    [Theory]
    [MemberData(nameof(Briefs.All), MemberType = typeof(Briefs))]
    public void Every_theme_paragraph_and_quote_reads_as_its_source_text(string name)
    {
        var brief = Briefs.Of(name);
        var summit = Briefs.Summit(name);

        var paragraphs = brief.Elements.Where(e => e.Type == "P").Select(brief.Words).ToHashSet(StringComparer.Ordinal);
        var quotes = brief.Elements.Where(e => e.Type == "BlockQuote").Select(q => brief.Words(q.Elements[0])).ToHashSet(StringComparer.Ordinal);
        foreach (var theme in summit.Themes)
        {
            foreach (var text in theme.Summary)
                paragraphs.ShouldContain(Collapsed(text));
            foreach (var quote in theme.Quotes)
                quotes.ShouldContain(Collapsed(quote.Text));
        }
    }

    [Fact]
    public void A_quote_without_a_lang_of_its_own_inherits_the_document_s()
    {
        var brief = Briefs.Of(Briefs.Seed);

        var quote = brief.Elements.First(e => e.Type == "BlockQuote");
        brief.Words(quote).ShouldStartWith("When addressing crucial international and regional issues");
        brief.Pdf.GetPages().SelectMany(p => p.GetMarkedContents()).Where(c => !c.IsArtifact && c.Language is not null)
            .Select(TaggedBrief.Text).ShouldBe(["Россия", "Владимир Путин", "中国", "习近平"], "only the native names are in another language than the document's");
    }

    [Fact]
    public void The_dataset_s_text_in_a_brief_in_another_language_carries_the_dataset_s_language()
    {
        var arabic = Reports.Domain.Wording.Language.Find("ar")!;
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Briefs.Render(Briefs.Summit(Briefs.Seed), Briefs.Options with { Language = arabic, Culture = arabic.Culture() }));
        var objects = new Reports.PdfWriter.Tests.PdfObjects(pdf);

        objects.Text(objects.Catalog, "Lang").ShouldBe("ar");
        var english = pdf.GetPages().SelectMany(p => p.GetMarkedContents()).Where(c => c.Language == "en").Select(TaggedBrief.Text).ToList();
        english.ShouldContain(t => t.StartsWith("When addressing crucial international", StringComparison.Ordinal));
        english.ShouldContain(t => t.StartsWith("The talks in Moscow ran for more than seven hours", StringComparison.Ordinal));
    }

    [Fact]
    public void A_native_name_is_read_in_its_own_language()
    {
        var brief = Briefs.Of(Briefs.Seed);

        var cover = brief.Pdf.GetPage(1).GetMarkedContents().Where(c => !c.IsArtifact).ToList();
        var russian = cover.Where(c => c.Language == "ru").Select(TaggedBrief.Text).ToList();

        russian.ShouldBe(["Россия", "Владимир Путин"]);
        var cell = brief.Elements.First(e => e.Type == "TD");
        brief.Words(cell).ShouldBe("Russia (Россия)");
    }

    [Fact]
    public void A_key_figure_card_reads_value_label_then_period_and_source()
    {
        var brief = Briefs.Of(Briefs.Seed);

        var cards = brief.Elements.Where(e => e.Type == "Div" && e.Elements.Count > 0 && e.Elements.All(p => p.Type == "P")).ToList();

        cards.Select(c => c.Elements.Select(brief.Words).ToList()).ShouldContain(card =>
            card.SequenceEqual(new[] { "~36", "Documents signed at the talks", "2025-05-08 · source [1] Three dozen is 36; the article gives no exact count." }));
    }

    [Fact]
    public void A_table_header_repeated_on_a_later_page_is_an_artifact()
    {
        var brief = Briefs.Of(Briefs.Seed);

        var appendix = brief.Elements.Where(e => e.Type == "Table").Last();
        var bodyPages = appendix.Elements[1].Descendants().SelectMany(e => e.Contents).Select(c => c.Page).Distinct().Order().ToList();
        bodyPages.Count.ShouldBeGreaterThan(1, "the seed's appendix spans pages");
        var later = brief.Pdf.GetPage(bodyPages[1]);
        var contents = later.GetMarkedContents();
        contents.Where(c => c.IsArtifact).Select(TaggedBrief.Text).ShouldContain(text => text.Contains("IndicatorValueUnitPeriod"));
        contents.Where(c => !c.IsArtifact).Select(TaggedBrief.Text).ShouldNotContain("Indicator");
        appendix.Elements[0].Descendants().SelectMany(e => e.Contents).Select(c => c.Page).Distinct().ShouldBe([bodyPages[0]]);
    }

    static string Collapsed(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
