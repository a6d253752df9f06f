using Reports.Domain.Wording;

namespace Reports.Accessibility.Tests;

/// <summary>
/// The Arabic brief's pages are mirrored in layout, not in the structure: a screen reader meets its parts in
/// the logical order (the first table column first, the first card first), whatever side of the page they are on.
/// </summary>
public sealed class RightToLeftStructureTests
{
    static readonly Lazy<TaggedBrief> Arabic = new(() =>
    {
        var arabic = Language.Find("ar")!;
        return new TaggedBrief("seed-ar", Briefs.Render(Briefs.Summit(Briefs.Seed), Briefs.Options with { Language = arabic, Culture = arabic.Culture() }));
    });

    [Fact]
    public void The_appendix_reads_from_its_first_column_though_it_is_drawn_at_the_right()
    {
        var brief = Arabic.Value;

        var appendix = brief.Elements.Where(e => e.Type == "Table").Last();
        var first = appendix.Elements[1].Elements[0].Elements.Select(brief.Words).ToList();
        first.Count.ShouldBe(7);
        first[0].ShouldBe("documents-signed");
        first[1].ShouldBe("Documents signed at the talks");
        first[3].ShouldBe("count");
        first[4].ShouldBe("2025-05-08");
    }

    [Fact]
    public void The_headline_cards_read_in_the_order_of_the_dataset()
    {
        var brief = Arabic.Value;

        var cards = brief.Elements.Where(e => e.Type == "Div" && e.Elements.Count > 0 && e.Elements.All(c => c.Type == "Div")).ElementAt(1);
        cards.Elements.Select(card => brief.Words(card.Elements[0])).Take(3).ShouldBe(["USD 245 bn", "~USD 200 bn", "31 bcm"]);
    }

    /// <summary>
    /// Tools that read glyphs in content order (MuPDF; poppler without ActualText) copy the Arabic brief's own
    /// sentences as written: its right-to-left runs are written in text order. The summary's lead sentence from
    /// the Arabic catalog, with a base and its tanween ("موضوعًا").
    /// </summary>
    [Fact]
    public void Text_extraction_in_content_order_gives_the_arabic_sentences_as_written()
    {
        var brief = Arabic.Value;

        var (exit, mupdf) = brief.Run("mutool", "draw", "-F", "txt", "-o", "-", "{file}", "2");
        exit.ShouldBe(0, mupdf);
        mupdf.ShouldContain("الملخص التنفيذي");
        mupdf.ShouldContain("موضوعًا، وكل رقم مع الجملة التي ورد فيها في المصدر.");
        var (_, poppler) = brief.Run("pdftotext", "-f", "2", "-l", "2", "{file}", "-");
        poppler.ShouldContain("الملخص التنفيذي");
        poppler.ShouldContain("وكل رقم مع الجملة التي ورد فيها في المصدر");
    }

    /// <summary>
    /// Bidi splits a source link on an Arabic line into three runs ("[", "1", "]" mirrored); they are one Link
    /// element, holding the three annotations, so a screen reader meets one link per source.
    /// </summary>
    [Fact]
    public void A_source_link_split_by_bidi_is_one_link_element()
    {
        var brief = Arabic.Value;

        var appendix = brief.Elements.Where(e => e.Type == "Table").Last();
        var sourceCells = appendix.Elements[1].Elements.Select(row => row.Elements[^1]).ToList();
        sourceCells.Count.ShouldBe(24);
        foreach (var cell in sourceCells)
            cell.Elements.Count(e => e.Type == "Link").ShouldBe(1);
        brief.Words(sourceCells[0]).ShouldBe("[1]");
    }
}
