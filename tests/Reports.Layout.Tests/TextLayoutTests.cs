using Reports.Layout.Model;

namespace Reports.Layout.Tests;

public class TextLayoutTests
{
    [Fact]
    public void Lines_break_between_words_and_stay_within_the_column()
    {
        var text = Some.Words(800);

        var layout = LaidOut.Of(Some.Undecorated(Some.Paragraph(text)));

        var lines = layout.Pages.SelectMany(p => p.Lines()).ToList();
        lines.Count.ShouldBeGreaterThan(20);
        string.Join(' ', lines).ShouldBe(text);
        var content = layout.Geometry.Content;
        layout.Pages.SelectMany(p => p.Texts()).ShouldAllBe(t => t.Bounds.IsInside(content, 0.01));
    }

    [Fact]
    public void Lines_are_filled_greedily()
    {
        var layout = LaidOut.Of(Some.Undecorated(Some.Paragraph(Some.Words(300))));

        var widths = layout.Pages[0].Texts().GroupBy(t => t.Bounds.Y).Select(g => g.Max(t => t.Bounds.Right) - g.Min(t => t.Bounds.X)).ToList();
        widths.SkipLast(1).ShouldAllBe(w => w > layout.Geometry.Content.Width - 80);
    }

    [Fact]
    public void An_over_long_token_wraps_by_characters_without_hyphens()
    {
        var token = string.Concat(Enumerable.Range(0, 300).Select(i => (char)('a' + (i % 26))));
        var url = "https://example.org/" + string.Concat(Enumerable.Repeat("very/long/path/", 12)) + "end";

        var layout = LaidOut.Of(Some.Undecorated(Some.Paragraph($"Before {token} after"), Some.Paragraph(url)));

        var tokenLines = layout.Pages[0].Lines(0);
        tokenLines.Count.ShouldBeGreaterThanOrEqualTo(4);
        string.Concat(tokenLines).Replace(" ", "").ShouldBe($"Before{token}after");
        string.Concat(tokenLines).ShouldNotContain("-");
        string.Concat(layout.Pages[0].Lines(1)).ShouldBe(url);
        layout.Pages[0].Texts().ShouldAllBe(t => t.Bounds.IsInside(layout.Geometry.Content, 0.01));
    }

    [Fact]
    public void A_newline_in_a_span_forces_a_line_break()
    {
        var layout = LaidOut.Of(Some.Undecorated(Some.Paragraph("first line\nsecond line")));

        layout.Pages[0].Lines().ShouldBe(["first line", "second line"]);
    }

    [Fact]
    public void Styled_spans_keep_bold_italic_colour_and_links()
    {
        var paragraph = new Paragraph([
            new Span("plain "),
            new Span("strong", new SpanStyle(Bold: true)),
            new Span(" "),
            new Span("leaning", new SpanStyle(Italic: true)),
            new Span(" "),
            new Span("red", new SpanStyle(Color: "#CC0000")),
            new Span(" "),
            new Span("site", LinkUrl: "https://example.org/"),
        ]);

        var texts = LaidOut.Of(Some.Undecorated(paragraph)).Pages[0].Texts().ToList();

        texts.Single(t => t.Text == "strong").Bold.ShouldBeTrue();
        texts.Single(t => t.Text == "leaning").Italic.ShouldBeTrue();
        texts.Single(t => t.Text == "red").Color.ShouldBe("#CC0000");
        texts.Single(t => t.Text.StartsWith("plain", StringComparison.Ordinal)).Bold.ShouldBeFalse();
        var link = LaidOut.Of(Some.Undecorated(paragraph)).Pages[0].Boxes.OfType<Paging.PlacedLink>().Single();
        link.Url.ShouldBe("https://example.org/");
        link.Bounds.X.ShouldBe(texts.Single(t => t.Text == "site").Bounds.X, 0.01);
    }

    [Fact]
    public void Links_and_underlines_cover_the_words_not_the_spaces_around_them()
    {
        var paragraph = new Paragraph([new Span("See the notes"), new Span(" [1, 2] ", LinkUrl: "https://example.org/"), new Span("after")]);

        var page = LaidOut.Of(Some.Undecorated(paragraph)).Pages[0];

        var run = page.Texts().Single(t => t.Text.Contains('[', StringComparison.Ordinal));
        var link = page.Boxes.OfType<Paging.PlacedLink>().Single();
        var underline = page.Boxes.OfType<Paging.PlacedRect>().Single();
        link.Bounds.X.ShouldBeGreaterThan(run.Bounds.X + 1);
        link.Bounds.Right.ShouldBeLessThan(run.Bounds.Right - 1);
        underline.Bounds.X.ShouldBe(link.Bounds.X, 0.01);
        underline.Bounds.Width.ShouldBe(link.Bounds.Width, 0.01);
    }

    [Fact]
    public void Extracted_text_reads_office_and_efficient_exactly()
    {
        var rendered = Rendered.Of(Some.Undecorated(Some.Paragraph("The office is efficient, affluent and fluffy.")));

        using var pdf = rendered.Open();
        var words = pdf.GetPage(1).GetWords().Select(w => w.Text).ToList();
        words.ShouldContain("office");
        words.ShouldContain("efficient,");
        words.ShouldContain("affluent");
        words.ShouldContain("fluffy.");
    }

    [Fact]
    public void Bold_and_italic_spans_use_their_own_faces_in_the_pdf()
    {
        var paragraph = new Paragraph([new Span("plain "), new Span("strong", new SpanStyle(Bold: true)), new Span(" leaning", new SpanStyle(Italic: true))]);

        using var pdf = Rendered.Of(Some.Undecorated(paragraph)).Open();

        var words = pdf.GetPage(1).GetWords().ToDictionary(w => w.Text, w => w.Letters[0].FontName);
        words["plain"].ShouldEndWith("NotoSans-Regular");
        words["strong"].ShouldEndWith("NotoSans-Bold");
        words["leaning"].ShouldEndWith("NotoSans-Italic");
    }

    [Fact]
    public void Word_positions_in_the_pdf_match_the_layout()
    {
        var rendered = Rendered.Of(Some.Undecorated(Some.Paragraph("Alpha beta gamma")));

        using var pdf = rendered.Open();
        var page = pdf.GetPage(1);
        var alpha = page.GetWords().Single(w => w.Text == "Alpha");
        var placed = rendered.Layout.Pages[0].Texts().Single();
        alpha.BoundingBox.Left.ShouldBe(placed.Bounds.X, 0.5);
        (page.Height - alpha.BoundingBox.Bottom).ShouldBe(placed.Bounds.Y + placed.Baseline, 0.5);
    }
}
