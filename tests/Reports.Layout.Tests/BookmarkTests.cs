using Reports.Layout.Model;
using UglyToad.PdfPig.Outline;

namespace Reports.Layout.Tests;

public class BookmarkTests
{
    [Fact]
    public void Headings_become_bookmarks_nested_by_level()
    {
        var rendered = Rendered.Of(Some.Mixed());

        using var pdf = rendered.Open();
        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        var roots = bookmarks!.Roots;
        roots.Select(r => r.Title).ShouldBe(["Contents", .. Enumerable.Range(1, 6).Select(i => $"Theme {i}: {Some.Words(4, i)}")]);
        var theme = roots[1];
        theme.Children.Select(c => c.Title).ShouldBe(["Details of theme 1"]);
        theme.Children[0].Children.Select(c => c.Title).ShouldBe(["Outlook 1"]);
        bookmarks.GetNodes().Count().ShouldBe(1 + (6 * 3));
    }

    [Fact]
    public void Bookmarks_point_at_the_pages_of_their_headings()
    {
        var rendered = Rendered.Of(Some.Mixed());

        using var pdf = rendered.Open();
        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        foreach (var node in bookmarks!.GetNodes().OfType<DocumentBookmarkNode>())
        {
            var heading = rendered.Layout.Outline.Single(o => o.Title == node.Title);
            node.PageNumber.ShouldBe(heading.Page, node.Title);
            pdf.GetPage(node.PageNumber).Text.ShouldContain(node.Title);
        }
    }

    [Fact]
    public void Headings_without_bookmark_and_documents_without_headings_get_none()
    {
        var rendered = Rendered.Of(Some.Document(Some.Heading(1, "Visible"), new Heading(2, Span.Plain("Hidden"), null, Bookmark: false)));
        var plain = Rendered.Of(Some.Document(Some.Paragraph("No headings")));

        using var pdf = rendered.Open();
        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        bookmarks!.GetNodes().Select(n => n.Title).ShouldBe(["Visible"]);
        using var plainPdf = plain.Open();
        plainPdf.TryGetBookmarks(out _).ShouldBeFalse();
    }

    [Fact]
    public void Bookmark_titles_keep_non_ascii_text()
    {
        var rendered = Rendered.Of(Some.Document(Some.Heading(1, "Ελλάδα и Россия: “trade” (2024)")));

        using var pdf = rendered.Open();
        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        bookmarks!.Roots.Single().Title.ShouldBe("Ελλάδα и Россия: “trade” (2024)");
    }

    [Fact]
    public void Bookmarks_are_an_incremental_update_of_the_original_file()
    {
        var bytes = Rendered.Of(Some.Mixed()).Bytes;

        var text = System.Text.Encoding.Latin1.GetString(bytes);
        text.Split("%%EOF").Length.ShouldBe(3);
        text.ShouldContain("/Prev ");
        text.ShouldContain("/Type /Outlines");
        text.ShouldContain("/PageMode /UseOutlines");
    }

    [Fact]
    public void The_appended_cross_reference_section_points_at_its_objects()
    {
        var text = System.Text.Encoding.Latin1.GetString(Rendered.Of(Some.Mixed()).Bytes);

        var xref = int.Parse(text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        var lines = text[xref..text.IndexOf("trailer", xref, StringComparison.Ordinal)].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("xref");
        var checkedObjects = 0;
        for (var i = 1; i < lines.Length;)
        {
            var header = lines[i++].Split(' ');
            var (first, count) = (int.Parse(header[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture));
            for (var k = 0; k < count; k++, i++)
            {
                var offset = int.Parse(lines[i][..10], System.Globalization.CultureInfo.InvariantCulture);
                text[offset..].ShouldStartWith($"{first + k} 0 obj");
                checkedObjects++;
            }
        }

        checkedObjects.ShouldBe(1 + 1 + 19);
    }
}
