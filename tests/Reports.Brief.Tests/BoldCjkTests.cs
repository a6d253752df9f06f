using Reports.Domain.Wording;
using UglyToad.PdfPig.Core;

namespace Reports.Brief.Tests;

/// <summary>
/// Bold Chinese, Japanese and Korean: the shipped CJK font has one weight, so a heading or bold run in it is
/// emboldened (filled and stroked, text render mode 2), while text in a family with a bold face keeps that face.
/// </summary>
public sealed class BoldCjkTests
{
    [Fact]
    public void A_Chinese_heading_is_emboldened_and_Chinese_body_text_is_not()
    {
        var language = Language.Find("zh")!;
        using var pdf = Briefs.Open(Briefs.Render(Briefs.Seed, Briefs.Options with { Language = language, Culture = language.Culture() }));
        var letters = pdf.GetPage(2).Letters;

        var heading = Line(letters, "内容提要");
        var body = Line(letters, "会晤");

        heading.Select(l => l.Value).ShouldBe(["内", "容", "提", "要"]);
        heading.ShouldAllBe(l => l.RenderingMode == TextRenderingMode.FillThenStroke);
        heading.ShouldAllBe(l => l.FontName!.EndsWith("+NotoSansCJKsc-Regular", StringComparison.Ordinal));
        body.Where(l => l.Value is "会" or "晤").ShouldAllBe(l => l.RenderingMode == TextRenderingMode.Fill);
        body.Where(l => l.Value is "R" or "C").ShouldAllBe(l => l.RenderingMode == TextRenderingMode.Fill);
    }

    [Fact]
    public void A_Latin_heading_is_drawn_in_Noto_Sans_Bold_and_filled_only()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);

        var heading = Line(pdf.GetPage(2).Letters, "Executive");

        heading.ShouldNotBeEmpty();
        heading.ShouldAllBe(l => l.RenderingMode == TextRenderingMode.Fill);
        heading.Where(l => l.Value != " ").ShouldAllBe(l => l.FontName!.EndsWith("+NotoSans-Bold", StringComparison.Ordinal));
    }

    /// <summary>The letters on the baseline of the first occurrence of <paramref name="text"/>, left to right.</summary>
    static List<UglyToad.PdfPig.Content.Letter> Line(IReadOnlyList<UglyToad.PdfPig.Content.Letter> letters, string text)
    {
        var all = string.Concat(letters.Select(l => l.Value));
        var at = all.IndexOf(text, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"the page should hold “{text}”");
        var offset = 0;
        var first = letters.First(l => (offset += l.Value.Length) > at);
        return [.. letters.Where(l => Math.Abs(l.StartBaseLine.Y - first.StartBaseLine.Y) < 0.01 && !string.IsNullOrWhiteSpace(l.Value)).OrderBy(l => l.StartBaseLine.X)];
    }
}
