using Reports.PdfWriter.Content;
using Reports.PdfWriter.Document;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Tagging;
using UglyToad.PdfPig.Tokens;

namespace Reports.PdfWriter.Tests;

/// <summary>Links, named destinations and bookmarks: written directly, resolvable, tagged, printable.</summary>
public sealed class LinkTests
{
    [SkippableFact]
    public void A_uri_link_reads_back_with_its_text_and_address()
    {
        Some.RequireFonts();
        using var pdf = Sample.Document().Open();
        var links = pdf.GetPage(1).GetHyperlinks();

        links.Select(l => (l.Text, l.Uri)).ShouldBe([("the source", Sample.Url)]);
    }

    [SkippableFact]
    public void A_link_annotation_is_printable_says_its_text_and_names_its_place_in_the_structure()
    {
        Some.RequireFonts();
        using var pdf = Sample.Document().Open();
        var objects = new PdfObjects(pdf);
        var page = objects.Page(1);
        var annotations = objects.Array(page, "Annots").Cast<DictionaryToken>().ToList();
        var links = objects.StructureTree().Single().Descendants().Where(e => e.Type == "Link").ToList();

        objects.Name(page, "Tabs").ShouldBe("S");
        annotations.Select(a => objects.Number(a, "F")).ShouldBe([4, 4]);
        annotations.Select(a => objects.Text(a, "Contents")).ShouldBe(["the appendix", "the source"]);
        var actions = annotations.Select(a => objects.Dictionary(a, "A")).ToList();
        actions.Select(a => objects.Name(a, "S")).ShouldBe(["GoTo", "URI"]);
        objects.Text(actions[0], "D").ShouldBe("appendix");
        links.Select(l => l.Annotations.Count).ShouldBe([1, 1]);
        for (var i = 0; i < 2; i++)
        {
            var annotation = (DictionaryToken)objects.Resolve(new IndirectReferenceToken(links[i].Annotations[0]));
            annotation.ShouldBe(annotations[i]);
            links[i].Contents.Count.ShouldBe(1);
        }
    }

    [SkippableFact]
    public void Named_destinations_resolve_to_their_pages_and_places()
    {
        Some.RequireFonts();
        var (exit, output) = Tool.On(Sample.Document(), "pdfinfo", "-dests", "{file}");

        exit.ShouldBe(0, output);
        var dests = output.Split('\n').Skip(1).Where(l => l.Trim().Length > 0).Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        dests.ShouldBe(["1 [ XYZ 72 772 null ] \"top\"", "1 [ XYZ 72 737 null ] \"trade\"", "2 [ XYZ 72 772 null ] \"appendix\""]);
    }

    [SkippableFact]
    public void Bookmarks_open_their_destinations_with_children_under_their_parent()
    {
        Some.RequireFonts();
        using var pdf = Sample.Document().Open();

        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        bookmarks!.Roots.Select(b => b.Title).ShouldBe(["Summit brief", "Appendix"]);
        bookmarks.Roots[0].Children.Select(b => b.Title).ShouldBe(["Trade"]);
        bookmarks.GetNodes().OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().Select(b => (b.Title, b.PageNumber))
            .ShouldBe([("Summit brief", 1), ("Trade", 1), ("Appendix", 2)], ignoreOrder: true);
    }

    /// <summary>300 pages, each with a destination and a link to the next: name and number trees grow kids past 256 entries.</summary>
    [SkippableFact]
    public void A_long_document_splits_its_destinations_and_parent_tree_into_leaves_that_still_resolve()
    {
        Some.RequireFonts();
        const int pages = 300;
        var document = Written.Of(pages, (page, root) =>
        {
            page.AddDestination(new NamedDestination($"page-{page.Index + 1:000}", new Point(72, 72)));
            var link = root.Open(Tag.P).Open(Tag.Link);
            var run = Shaper.Run(Some.Sans, $"Go to page {((page.Index + 1) % pages) + 1}", 72, 100);
            link.Add(page.StartTagged(TagKind.Link));
            page.Draw(run);
            page.EndTagged();
            link.Add(page.AddLink(new LinkAnnotation(new Rect(72, 88, Shaper.Width(run), 14), new DestinationTarget($"page-{((page.Index + 1) % pages) + 1:000}"), run.Text)));
        }, outline: [new OutlineItem("Last page", "page-300")]);

        var (exit, output) = Tool.On(document, "pdfinfo", "-dests", "{file}");
        exit.ShouldBe(0, output);
        output.Split('\n').Count(l => l.Contains("[ XYZ   72  770 null      ]")).ShouldBe(pages);
        output.ShouldContain(" 300 [ XYZ   72  770 null      ] \"page-300\"");
        using var pdf = document.Open();
        var objects = new PdfObjects(pdf);
        var dests = objects.Dictionary(objects.Dictionary(objects.Catalog, "Names"), "Dests");
        objects.Array(dests, "Kids").Count.ShouldBe(2);
        SortedLeafKeys(objects, dests, "Names", t => ((StringToken)t).Data).ShouldBe([.. Enumerable.Range(1, pages).Select(p => $"page-{p:000}")]);
        var parentTree = objects.Dictionary(objects.Dictionary(objects.Catalog, "StructTreeRoot"), "ParentTree");
        objects.Array(parentTree, "Kids").Count.ShouldBe(3);
        SortedLeafKeys(objects, parentTree, "Nums", t => ((NumericToken)t).Int.ToString("D4")).Count.ShouldBe(2 * pages);
        var last = StructureTests.ParentTreeEntry(objects, parentTree, objects.Number(objects.Page(pages), "StructParents")).Single();
        objects.Name(last, "S").ShouldBe("Link");
        objects.Text((DictionaryToken)objects.Array(objects.Page(pages), "Annots").Single(), "Contents").ShouldBe("Go to page 1");
        var (qpdf, check) = Tool.On(document, "qpdf", "--check", "{file}");
        qpdf.ShouldBe(0, check);
    }

    /// <summary>
    /// The keys of a name or number tree, leaf by leaf, checking what a reader's binary search relies on:
    /// keys ascending within and across leaves, and each leaf's /Limits its first and last key.
    /// </summary>
    private static List<string> SortedLeafKeys(PdfObjects objects, DictionaryToken root, string entries, Func<IToken, string> key)
    {
        var keys = new List<string>();
        foreach (var leaf in objects.Array(root, "Kids").Cast<DictionaryToken>())
        {
            var pairs = ((ArrayToken)leaf.Data[entries]).Data;
            var leafKeys = Enumerable.Range(0, pairs.Count / 2).Select(i => key(pairs[2 * i])).ToList();
            objects.Array(leaf, "Limits").Select(key).ShouldBe([leafKeys[0], leafKeys[^1]]);
            keys.AddRange(leafKeys);
        }

        keys.ShouldBe(keys.Order(StringComparer.Ordinal).ToList());
        return keys;
    }
}
