using Reports.PdfWriter.Tagging;
using UglyToad.PdfPig.Tokens;

namespace Reports.PdfWriter.Tests;

/// <summary>The structure tree, marked content and their links, read back from the file.</summary>
public sealed class StructureTests
{
    [SkippableFact]
    public void Pdfinfo_says_the_file_is_tagged_and_not_suspect()
    {
        Some.RequireFonts();
        var (exit, output) = Tool.On(Sample.Document(), "pdfinfo", "{file}");

        exit.ShouldBe(0, output);
        output.ShouldContain("Tagged:          yes");
        output.ShouldContain("Suspects:        no");
    }

    [SkippableFact]
    public void Pdfinfo_shows_the_tree_in_reading_order_with_the_scope_of_every_header_cell()
    {
        Some.RequireFonts();
        var (exit, output) = Tool.On(Sample.Document(), "pdfinfo", "-struct", "{file}");

        exit.ShouldBe(0, output);
        output.Trim().ReplaceLineEndings("\n").ShouldBe("""
            Document
              H1 (block)
              Sect
                H2 (block)
                P (block)
                P (block)
                P (block)
                P (block)
                L (block):
                   /ListNumbering /Disc
                  LI (block)
                    Lbl (block)
                    LBody (block)
                  LI (block)
                    Lbl (block)
                    LBody (block)
                P (block)
                  Link (inline)
                    Object 8 0
                  Link (inline)
                    Object 9 0
                Figure:
                   /BBox [72 371.89 372 521.89]
                Caption
              Sect
                H2 (block)
                Table (block)
                  THead
                    TR
                      TH:
                         /Scope /Column
                      TH:
                         /Scope /Column
                  TBody
                    TR
                      TH:
                         /Scope /Row
                      TD
                    TR
                      TH:
                         /Scope /Row
                      TD
            """);
    }

    [SkippableFact]
    public void Each_page_numbers_its_marked_content_from_zero_in_drawing_order_and_marks_decoration_as_artifacts()
    {
        Some.RequireFonts();
        using var pdf = Sample.Document().Open();
        var contents = pdf.GetPage(2).GetMarkedContents();

        contents.Select(c => c.IsArtifact ? "Artifact" : $"{c.Tag} {c.MarkedContentIdentifier}").ShouldBe(
        [
            "Artifact", "Artifact", "Artifact", "H2 0", "TH 1", "TH 2", "TH 3", "TD 4", "TH 5", "TD 6",
        ]);
        contents.Where(c => c.IsArtifact).Select(c => string.Concat(c.Letters.Select(l => l.Value))).ShouldBe(["Summit brief · May 2025", "Page 2", ""]);
    }

    [SkippableFact]
    public void Every_marked_content_sequence_has_exactly_one_parent_and_the_parent_tree_points_back_to_it()
    {
        Some.RequireFonts();
        using var pdf = Sample.Document().Open();
        var objects = new PdfObjects(pdf);
        var elements = objects.StructureTree().SelectMany(e => e.Descendants().Prepend(e)).ToList();
        var parentTree = objects.Dictionary(objects.Dictionary(objects.Catalog, "StructTreeRoot"), "ParentTree");

        for (var number = 1; number <= 2; number++)
        {
            var drawn = pdf.GetPage(number).GetMarkedContents().Where(c => !c.IsArtifact).Select(c => c.MarkedContentIdentifier).ToList();
            var owners = drawn.Select(mcid => elements.Where(e => e.Contents.Contains((number, mcid))).ToList()).ToList();
            owners.ShouldAllBe(o => o.Count == 1);

            var key = objects.Number(objects.Page(number), "StructParents");
            var parents = ParentTreeEntry(objects, parentTree, key);
            parents.Count.ShouldBe(drawn.Count);
            for (var i = 0; i < drawn.Count; i++)
                parents[drawn[i]].ShouldBe(owners[i][0].Dictionary);
        }
    }

    [SkippableFact]
    public void Every_element_names_its_parent_and_the_top_element_the_tree_root()
    {
        Some.RequireFonts();
        using var pdf = Sample.Document().Open();
        var objects = new PdfObjects(pdf);
        var root = PdfObjects.Reference(objects.Catalog, "StructTreeRoot");
        var tree = objects.StructureTree();

        tree.Single().Type.ShouldBe("Document");
        tree.Single().Parent.ShouldBe(root);
        foreach (var element in tree.SelectMany(e => e.Descendants().Prepend(e)))
        {
            foreach (var child in element.Elements)
                objects.Resolve(new IndirectReferenceToken(child.Parent!.Value)).ShouldBe(element.Dictionary);
        }
    }

    [SkippableFact]
    public void The_figure_has_its_alternate_text_and_its_form_is_drawn_inside_its_marked_content()
    {
        Some.RequireFonts();
        using var pdf = Sample.Document().Open();
        var objects = new PdfObjects(pdf);
        var figure = objects.StructureTree().Single().Descendants().Single(e => e.Type == "Figure");

        objects.Text(figure.Dictionary, "Alt").ShouldBe(Sample.ChartAlt);
        var content = pdf.GetPage(1).GetMarkedContents().Single(c => c.Tag == "Figure");
        figure.Contents.ShouldBe([(1, content.MarkedContentIdentifier)]);
        string.Concat(content.Letters.Select(l => l.Value)).ShouldBe("245");
        content.Paths.Count.ShouldBeGreaterThan(0);
    }

    [SkippableFact]
    public void Languages_other_than_the_documents_are_on_their_elements()
    {
        Some.RequireFonts();
        using var pdf = Sample.Document().Open();
        var objects = new PdfObjects(pdf);

        objects.Text(objects.Catalog, "Lang").ShouldBe("en-GB");
        objects.StructureTree().Single().Descendants().Where(e => objects.Text(e.Dictionary, "Lang") is not null)
            .Select(e => (e.Type, objects.Text(e.Dictionary, "Lang"))).ShouldBe([("P", "ar")]);
    }

    [SkippableFact]
    public void A_tagged_sequence_and_a_span_element_carry_their_own_language_and_replacement_text()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) =>
        {
            var span = root.Open(Tag.P).Open(Tag.Span("ru") with { ActualText = "Москва" });
            span.Add(page.StartTagged(new ContentTag(TagKind.Span) { Lang = "ru", ActualText = "Москва" }));
            page.Draw(Shaper.Run(Some.Sans, "Москва", 72, 72));
            page.EndTagged();
        });

        using var pdf = document.Open();
        var content = pdf.GetPage(1).GetMarkedContents().Single();
        (content.Tag, content.Language, content.ActualText).ShouldBe(("Span", "ru", "Москва"));
        var objects = new PdfObjects(pdf);
        var element = objects.StructureTree().Single().Descendants().Single(e => e.Type == "Span");
        (objects.Text(element.Dictionary, "Lang"), objects.Text(element.Dictionary, "ActualText")).ShouldBe(("ru", "Москва"));
    }

    [SkippableFact]
    public void A_page_of_decoration_only_finishes_with_an_empty_document_element()
    {
        Some.RequireFonts();
        var document = Written.Page((page, _) =>
        {
            page.StartArtifact(Artifact.Background(new Geometry.Rect(0, 0, 595.28, 841.89)));
            page.Draw(new Content.RectShape(new Geometry.Rect(0, 0, 595.28, 841.89), new Geometry.RgbColor(250, 250, 250)));
            page.EndArtifact();
        });

        using var pdf = document.Open();
        new PdfObjects(pdf).StructureTree().Single().Elements.ShouldBeEmpty();
        pdf.GetPage(1).GetMarkedContents().Single().IsArtifact.ShouldBeTrue();
        var (exit, output) = Tool.On(document, "qpdf", "--check", "{file}");
        exit.ShouldBe(0, output);
    }

    [SkippableFact]
    public void Mutool_sees_no_text_or_path_outside_a_tagged_sequence_or_artifact()
    {
        Some.RequireFonts();
        var (exit, output) = Tool.On(Sample.Document(), "mutool", "trace", "{file}");

        exit.ShouldBe(0, output);
        Untagged(output).ShouldBeEmpty();
        output.ShouldContain("<layer name=\"Figure\"/>");
    }

    /// <summary>Drawing calls in a <c>mutool trace</c> that sit outside every layer (marked-content sequence).</summary>
    internal static List<string> Untagged(string trace)
    {
        var depth = 0;
        var found = new List<string>();
        foreach (var line in trace.Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith("<layer"))
                depth++;
            else if (line.StartsWith("<end_layer"))
                depth--;
            else if (depth == 0 && (line.StartsWith("<fill_") || line.StartsWith("<stroke_") || line.StartsWith("<clip_text") || line.StartsWith("<ignore_text")))
                found.Add(line);
        }

        return found;
    }

    internal static IReadOnlyList<DictionaryToken> ParentTreeEntry(PdfObjects objects, DictionaryToken tree, int key)
    {
        var leaves = tree.Data.ContainsKey("Kids") ? objects.Array(tree, "Kids").Cast<DictionaryToken>() : [tree];
        foreach (var leaf in leaves)
        {
            var nums = ((ArrayToken)leaf.Data["Nums"]).Data;
            for (var i = 0; i < nums.Count; i += 2)
            {
                if (((NumericToken)nums[i]).Int == key)
                    return [.. ((ArrayToken)objects.Resolve(nums[i + 1])).Data.Select(t => (DictionaryToken)objects.Resolve(t))];
            }
        }

        throw new InvalidOperationException($"The parent tree has no key {key}.");
    }
}
