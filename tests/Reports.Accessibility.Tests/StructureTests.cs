using Reports.PdfWriter.Tests;
using UglyToad.PdfPig.Tokens;

namespace Reports.Accessibility.Tests;

/// <summary>
/// What a screen reader navigates by: headings from H1 with no level skipped, tables whose every header cell
/// says what it heads, lists with labels, the contents as TOC items, every chart a Figure with alt text, and
/// every link annotation inside a Link element.
/// </summary>
public sealed class StructureTests
{
    [Fact]
    public void The_seed_brief_reads_as_a_document_of_its_headings_in_order()
    {
        var brief = Briefs.Of(Briefs.Seed);

        brief.Tree.Select(e => e.Type).ShouldBe(["Document"]);
        var headings = brief.Elements.Where(e => e.Type is "H1" or "H2" or "H3").Select(e => $"{e.Type} {brief.Words(e)}").ToList();
        headings.Take(6).ShouldBe([
            "H1 Russia–China Summit, Moscow 2025",
            "H1 Executive summary",
            "H2 Key judgements",
            "H2 Headline figures",
            "H1 Contents",
            "H1 1. Overview",
        ]);
        headings.ShouldContain("H1 1. Overview");
        headings.ShouldContain("H1 Appendix: all indicators");
        headings.ShouldContain("H1 Sources");
    }

    [Theory]
    [MemberData(nameof(Briefs.All), MemberType = typeof(Briefs))]
    public void Headings_start_at_H1_and_never_skip_a_level(string name)
    {
        var brief = Briefs.Of(name);

        var levels = brief.Elements.Where(e => e.Type.Length == 2 && e.Type[0] == 'H' && char.IsDigit(e.Type[1])).Select(e => e.Type[1] - '0').ToList();

        levels.Count.ShouldBeGreaterThan(3);
        levels[0].ShouldBe(1);
        for (var i = 1; i < levels.Count; i++)
            levels[i].ShouldBeLessThanOrEqualTo(levels[i - 1] + 1, $"heading {i + 1}");
        levels.ShouldNotContain(4);
    }

    [Theory]
    [MemberData(nameof(Briefs.All), MemberType = typeof(Briefs))]
    public void Every_table_has_a_head_of_header_cells_that_each_head_their_column(string name)
    {
        var brief = Briefs.Of(name);

        var tables = brief.Elements.Where(e => e.Type == "Table").ToList();
        tables.Count.ShouldBeGreaterThanOrEqualTo(2, "the cover's parties and the appendix at least");
        foreach (var table in tables)
        {
            table.Elements.Select(e => e.Type).ShouldBe(["THead", "TBody"]);
            var head = table.Elements[0].Elements.ShouldHaveSingleItem();
            var columns = head.Elements.Count;
            head.Elements.ShouldAllBe(th => th.Type == "TH");
            table.Elements[1].Elements.ShouldAllBe(tr => tr.Type == "TR" && tr.Elements.All(td => td.Type == "TD"));
            foreach (var th in head.Elements)
                Scope(brief, th).ShouldBe("Column");
            table.Elements[1].Elements.ShouldAllBe(tr => tr.Elements.Count == columns);
        }
    }

    [Fact]
    public void The_appendix_reads_cell_by_cell_under_its_column_headers()
    {
        var brief = Briefs.Of(Briefs.Seed);

        var appendix = brief.Elements.Where(e => e.Type == "Table").Last();
        appendix.Elements[0].Elements[0].Elements.Select(brief.Words).ShouldBe(["Id", "Indicator", "Value", "Unit", "Period", "Kind", "Source"]);
        var first = appendix.Elements[1].Elements[0].Elements.Select(brief.Words).ToList();
        first.Count.ShouldBe(7);
        first[0].ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Briefs.All), MemberType = typeof(Briefs))]
    public void Every_chart_is_a_figure_with_alt_text_and_its_caption(string name)
    {
        var brief = Briefs.Of(name);

        var figures = brief.Elements.Where(e => e.Type == "Figure").ToList();
        figures.Count.ShouldBe(Briefs.Summit(name).Charts.Count);
        foreach (var figure in figures)
        {
            brief.Objects.Text(figure.Dictionary, "Alt").ShouldNotBeNullOrWhiteSpace();
            figure.Elements.Where(e => e.Type == "Caption").ShouldHaveSingleItem();
            figure.Contents.ShouldNotBeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(Briefs.All), MemberType = typeof(Briefs))]
    public void Every_link_annotation_is_in_a_link_element_and_says_where_it_goes(string name)
    {
        var brief = Briefs.Of(name);

        var inLinks = brief.Elements.Where(e => e.Type == "Link").SelectMany(e => e.Annotations).Select(a => a.ObjectNumber).ToList();
        var annotations = new List<long>();
        foreach (var page in brief.Pdf.GetPages())
        {
            foreach (var reference in brief.Objects.Array(page.Dictionary, "Annots").Count == 0 ? [] : ((ArrayToken)page.Dictionary.Data["Annots"]).Data.Cast<IndirectReferenceToken>())
            {
                var annotation = (DictionaryToken)brief.Objects.Resolve(reference);
                brief.Objects.Text(annotation, "Contents").ShouldNotBeNullOrWhiteSpace();
                annotation.Data.ContainsKey("StructParent").ShouldBeTrue();
                annotations.Add(reference.Data.ObjectNumber);
            }
        }

        annotations.Count.ShouldBeGreaterThan(5);
        inLinks.Order().ShouldBe(annotations.Order());
    }

    [Fact]
    public void The_contents_are_a_TOC_of_items_each_a_link_to_its_section()
    {
        var brief = Briefs.Of(Briefs.Seed);

        var toc = brief.Elements.Single(e => e.Type == "TOC");
        toc.Elements.ShouldAllBe(e => e.Type == "TOCI");
        var items = toc.Elements.Select(i => i.Elements.ShouldHaveSingleItem()).ToList();
        items.ShouldAllBe(link => link.Type == "Link" && link.Annotations.Count == 1);
        brief.Words(items[0]).ShouldBe("Executive summary 2");
    }

    [Fact]
    public void A_bullet_list_has_items_of_a_label_and_a_body()
    {
        var brief = Briefs.Of(Briefs.Seed);

        var list = brief.Elements.First(e => e.Type == "L");
        list.Elements.ShouldAllBe(li => li.Type == "LI" && li.Elements.Select(e => e.Type).SequenceEqual(new[] { "Lbl", "LBody" }));
        brief.Words(list.Elements[0].Elements[0]).ShouldBe("•");
    }

    static string? Scope(TaggedBrief brief, StructureElement th)
    {
        var attributes = brief.Objects.Get(th.Dictionary, "A");
        var dictionary = attributes is ArrayToken array ? (DictionaryToken)brief.Objects.Resolve(array.Data[0]) : (DictionaryToken)attributes!;
        return brief.Objects.Name(dictionary, "Scope");
    }
}
