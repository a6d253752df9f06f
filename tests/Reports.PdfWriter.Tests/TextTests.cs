using Reports.PdfWriter.Tagging;
using UglyToad.PdfPig.Content;

namespace Reports.PdfWriter.Tests;

/// <summary>Text comes back out of the file exactly as it went in, in every script and outline format.</summary>
public sealed class TextTests
{
    [SkippableFact]
    public void Latin_and_Cyrillic_text_reads_back_as_the_source_strings()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) =>
        {
            Paragraph(page, root, Shaper.Run(Some.Sans, Some.Latin, 72, 100));
            Paragraph(page, root, Shaper.Run(Some.SansBold, Some.Cyrillic, 72, 130));
        });

        using var pdf = document.Open();
        var lines = Lines(pdf.GetPage(1));
        lines.ShouldBe([Some.Latin, Some.Cyrillic]);
    }

    internal static void Paragraph(PageCanvas page, TagGroup root, Content.GlyphRun run)
    {
        var id = page.StartTagged(TagKind.P);
        page.Draw(run);
        page.EndTagged();
        root.Open(Tag.P).Add(id);
    }

    /// <summary>The page's words grouped into lines by baseline, joined with single spaces, top to bottom.</summary>
    internal static List<string> Lines(Page page) =>
        [.. page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))];
}
