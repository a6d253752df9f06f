using System.Globalization;
using System.Text.RegularExpressions;
using Reports.Layout.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace Reports.Pdf.Tests;

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
    public void Bookmarks_are_written_in_the_one_revision_of_the_file()
    {
        var bytes = Rendered.Of(Some.Mixed()).Bytes;

        var text = System.Text.Encoding.Latin1.GetString(bytes);
        text.Split("%%EOF").Length.ShouldBe(2);
        text.ShouldNotContain("/Prev ");
        using var pdf = PdfDocument.Open(bytes);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        catalog.ContainsKey(NameToken.Outlines).ShouldBeTrue();
        catalog.Data["PageMode"].ShouldBe(NameToken.Create("UseOutlines"));
    }

    [Fact]
    public void The_cross_reference_stream_points_at_every_object()
    {
        var bytes = Rendered.Of(Some.Mixed()).Bytes;
        var text = System.Text.Encoding.Latin1.GetString(bytes);

        var xref = int.Parse(text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 10)..].Split('\n')[0], CultureInfo.InvariantCulture);
        var head = text[xref..text.IndexOf("stream\n", xref, StringComparison.Ordinal)];
        head.ShouldContain("/Type /XRef");
        head.ShouldContain("/W [1 5 2]");
        var size = int.Parse(Regex.Match(head, @"/Size (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var entries = Inflate(bytes, text.IndexOf("stream\n", xref, StringComparison.Ordinal) + 7);
        entries.Length.ShouldBe(size * 8);
        var (plain, packed) = (0, 0);
        for (var n = 1; n < size; n++)
        {
            var e = entries.AsSpan(n * 8, 8);
            var field2 = e[1..6].ToArray().Aggregate(0L, (a, b) => (a << 8) | b);
            var field3 = (e[6] << 8) | e[7];
            if (e[0] == 1)
            {
                text[(int)field2..].ShouldStartWith($"{n} 0 obj");
                plain++;
            }
            else
            {
                e[0].ShouldBe((byte)2, $"object {n}");
                var container = entries.AsSpan((int)field2 * 8, 8);
                container[0].ShouldBe((byte)1, $"object stream of object {n}");
                var offset = (int)container[1..6].ToArray().Aggregate(0L, (a, b) => (a << 8) | b);
                var objects = Inflate(bytes, text.IndexOf("stream\n", offset, StringComparison.Ordinal) + 7);
                var pairs = System.Text.Encoding.Latin1.GetString(objects).Split(' ');
                pairs[field3 * 2].ShouldBe(n.ToString(CultureInfo.InvariantCulture), $"object {n} at index {field3} of its object stream");
                packed++;
            }
        }

        (plain + packed).ShouldBe(size - 1);
        packed.ShouldBeGreaterThan(plain);
    }

    private static byte[] Inflate(byte[] file, int start)
    {
        using var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(file, start, file.Length - start), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }
}
