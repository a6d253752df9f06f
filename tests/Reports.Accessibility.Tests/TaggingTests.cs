namespace Reports.Accessibility.Tests;

/// <summary>
/// The machine-checkable tagging rules of PDF/UA-1 (the shared ACCESSIBLE-PDF checklist, 7) on the seed brief
/// and every brief of the varied corpus: each marked-content sequence has exactly one parent, nothing is drawn
/// outside tagged content and artifacts, and the pages say how to follow their annotations.
/// </summary>
public sealed class TaggingTests
{
    [Theory]
    [MemberData(nameof(Briefs.All), MemberType = typeof(Briefs))]
    public void Every_tagged_sequence_belongs_to_exactly_one_element(string name)
    {
        var brief = Briefs.Of(name);

        var held = brief.Elements.SelectMany(e => e.Contents).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var drawn = brief.Pdf.GetPages()
            .SelectMany(p => p.GetMarkedContents().Where(c => !c.IsArtifact).Select(c => (p.Number, c.MarkedContentIdentifier)))
            .ToList();

        drawn.Count.ShouldBeGreaterThan(brief.Pdf.NumberOfPages);
        drawn.ShouldAllBe(c => held.ContainsKey(c) && held[c] == 1);
        held.Keys.ShouldBeSubsetOf(drawn);
    }

    [Theory]
    [MemberData(nameof(Briefs.All), MemberType = typeof(Briefs))]
    public void No_letter_is_drawn_outside_tagged_content_and_artifacts(string name)
    {
        var brief = Briefs.Of(name);

        foreach (var page in brief.Pdf.GetPages())
        {
            var marked = page.GetMarkedContents().Sum(c => TaggedBrief.Letters(c).Count());
            marked.ShouldBe(page.Letters.Count, $"page {page.Number}");
        }
    }

    [Theory]
    [MemberData(nameof(Briefs.All), MemberType = typeof(Briefs))]
    public void MuPDF_sees_every_drawing_inside_a_tagged_sequence_or_an_artifact(string name)
    {
        var brief = Briefs.Of(name);

        var (exit, trace) = brief.Run("mutool", "trace", "{file}");

        exit.ShouldBe(0, trace);
        var (depth, outside, drawings) = (0, new List<string>(), 0);
        foreach (var line in trace.Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith("<layer ", StringComparison.Ordinal))
                depth++;
            else if (line.StartsWith("<end_layer", StringComparison.Ordinal))
                depth--;
            else if (IsDrawing(line) && ++drawings > 0 && depth == 0)
                outside.Add(line);
        }

        drawings.ShouldBeGreaterThan(brief.Pdf.NumberOfPages);
        outside.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Briefs.All), MemberType = typeof(Briefs))]
    public void Pages_carry_their_parent_tree_key_and_follow_the_structure_for_tabbing(string name)
    {
        var brief = Briefs.Of(name);

        foreach (var page in brief.Pdf.GetPages())
        {
            brief.Objects.Name(page.Dictionary, "Tabs").ShouldBe("S");
            page.Dictionary.Data.ContainsKey("StructParents").ShouldBeTrue();
        }

        var mark = brief.Objects.Dictionary(brief.Objects.Catalog, "MarkInfo");
        mark.Data["Marked"].ShouldBe(UglyToad.PdfPig.Tokens.BooleanToken.True);
    }

    static bool IsDrawing(string line) =>
        line.StartsWith("<fill_text", StringComparison.Ordinal) || line.StartsWith("<stroke_text", StringComparison.Ordinal)
        || line.StartsWith("<fill_path", StringComparison.Ordinal) || line.StartsWith("<stroke_path", StringComparison.Ordinal)
        || line.StartsWith("<fill_image", StringComparison.Ordinal) || line.StartsWith("<fill_shade", StringComparison.Ordinal);
}
