using Reports.Layout.Model;

namespace Reports.Pdf.Tests;

/// <summary>Base letters with combining marks: HarfBuzz composes them while shaping, so the subset must hold both forms.</summary>
public sealed class CombiningTextTests
{
    [Theory]
    [InlineData("Cafe\u0301 and Zoe\u0308")]
    [InlineData("e\u0301\u0301\u0301 stacked marks")]
    [InlineData("Caf\u00e9 precomposed and x\u0301 without a composed form")]
    public void Decomposed_and_stacked_accents_render_and_extract(string text)
    {
        var rendered = Rendered.Of(Some.Document(new Paragraph(Span.Plain(text)), new Paragraph([new Span(text, new SpanStyle(Bold: true))])));

        using var pdf = rendered.Open();
        var extracted = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)).Normalize(System.Text.NormalizationForm.FormC);
        var expected = text.Normalize(System.Text.NormalizationForm.FormC);

        extracted.ShouldContain(expected);
    }
}
