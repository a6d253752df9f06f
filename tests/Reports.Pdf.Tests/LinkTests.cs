using Reports.Layout;
using Reports.Layout.Model;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace Reports.Pdf.Tests;

public class LinkTests
{
    private static readonly Rendered Mixed = Rendered.Of(Some.Mixed());

    [Fact]
    public void Every_toc_entry_is_a_link_to_the_page_of_its_heading()
    {
        using var pdf = Mixed.Open();
        var toc = pdf.GetPage(2);
        var links = toc.GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();

        links.Count.ShouldBe(12);
        foreach (var (link, anchor) in links.OrderByDescending(l => l.Rectangle.Top).Zip(TocAnchors()))
        {
            var target = link.Action.ShouldBeAssignableTo<AbstractGoToAction>()!;
            target.Destination.PageNumber.ShouldBe(Mixed.Layout.AnchorPages[anchor], anchor);
        }
    }

    [Fact]
    public void Toc_page_numbers_are_the_pages_where_the_headings_are()
    {
        using var pdf = Mixed.Open();
        var tocLines = TocLines(pdf.GetPage(2));

        foreach (var (title, number) in tocLines)
        {
            var headingPage = Enumerable.Range(1, pdf.NumberOfPages)
                .First(n => n > 2 && pdf.GetPage(n).Text.Contains(title, StringComparison.Ordinal));
            number.ShouldBe(headingPage, title);
        }

        tocLines.Count.ShouldBe(12);
    }

    [Fact]
    public void Url_spans_become_uri_links_over_their_text_even_across_a_line_break()
    {
        using var pdf = Mixed.Open();

        var hyperlinks = Enumerable.Range(1, pdf.NumberOfPages).SelectMany(n => pdf.GetPage(n).GetHyperlinks()).ToList();

        var texts = hyperlinks.Where(h => h.Uri == "https://example.org/source").Select(h => h.Text.Replace(" ", ""));
        string.Concat(texts).ShouldBe(string.Concat(Enumerable.Repeat("sourcelink", 6)));
    }

    [Fact]
    public void Anchor_spans_jump_to_the_named_heading()
    {
        using var pdf = Mixed.Open();

        var anchorLinks = Enumerable.Range(3, pdf.NumberOfPages - 2)
            .SelectMany(n => pdf.GetPage(n).GetAnnotations())
            .Where(a => a.Type == AnnotationType.Link && a.Action is AbstractGoToAction)
            .ToList();

        anchorLinks.Count.ShouldBe(6);
        anchorLinks.Select(a => ((AbstractGoToAction)a.Action!).Destination!.PageNumber).ShouldAllBe(p => p == Mixed.Layout.AnchorPages["theme-1"]);
    }

    [Fact]
    public void A_link_to_an_unknown_anchor_is_rejected()
    {
        var document = Some.Undecorated(new Paragraph([new Span("see", LinkAnchor: "nowhere")]));

        var error = Should.Throw<ArgumentException>(() => LaidOut.Of(document));

        error.Message.ShouldContain("'nowhere'");
    }

    [Fact]
    public void An_anchor_declared_twice_is_rejected()
    {
        var document = Some.Undecorated(Some.Heading(1, "One", "same"), Some.Heading(1, "Two", "same") with { Origin = "$.b" });

        Should.Throw<ArgumentException>(() => LaidOut.Of(document)).Message.ShouldContain("$.b");
    }

    [Fact]
    public void Render_reports_anchor_pages()
    {
        using var output = new MemoryStream();

        var result = PdfRenderer.Render(Some.Mixed(), LayoutOptions.Default, output);

        result.PageCount.ShouldBe(Mixed.Layout.Pages.Count);
        result.AnchorPages["theme-1"].ShouldBe(3);
        result.AnchorPages.Keys.ShouldAllBe(k => !k.StartsWith('_'));
    }

    private static IEnumerable<string> TocAnchors() =>
        Enumerable.Range(1, 6).SelectMany(i => new[] { $"theme-{i}", $"theme-{i}-details" });

    /// <summary>(title, page number) per table-of-contents line, read from the words of the page.</summary>
    private static List<(string Title, int Number)> TocLines(UglyToad.PdfPig.Content.Page page) =>
        [.. page.GetWords()
            .Where(w => w.BoundingBox.Bottom < page.Height - 100 && w.BoundingBox.Bottom > 100)
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text).ToList())
            .Where(words => words.Count > 1 && int.TryParse(words[^1], out _))
            .Select(words => (string.Join(' ', words.SkipLast(1).Where(w => !w.StartsWith('.'))), int.Parse(words[^1], System.Globalization.CultureInfo.InvariantCulture)))];
}
