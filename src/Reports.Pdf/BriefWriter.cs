using Reports.Domain.Model;
using Reports.Layout;
using Reports.Layout.Model;
using Reports.Layout.Text;
using Reports.Pdf.Composing;

namespace Reports.Pdf;

/// <summary>Writes the PDF brief of a summit: check every text can be drawn, compose, lay out, render.</summary>
public static class BriefWriter
{
    /// <summary>
    /// Every character of the brief the fonts cannot draw, each at the JSON path of the dataset text it
    /// comes from. The one check of the text, on the brief as composed with these options; call it before
    /// <see cref="Write"/>, which lays out only a brief with no such problem.
    /// </summary>
    public static IReadOnlyList<TextProblem> CheckText(Summit summit, BriefOptions options)
    {
        var missing = DocumentLayout.MissingGlyphs(BriefComposer.Compose(summit, options), Layout(options));
        if (missing.Count == 0)
            return [];
        var fonts = FontStack.Create(options.FontDirectories).ToString();
        var origins = new TextOrigins(summit);
        return missing.Select(m => (Glyph: m, Origin: origins.Find(m)))
            .Select(x => TextProblem.Of(x.Glyph, x.Origin.Path, x.Origin.Text, fonts))
            .DistinctBy(p => (p.Path, p.CodePoint))
            .ToList();
    }

    /// <summary>The document the brief is made of, for tests and for callers that render it themselves.</summary>
    public static DocumentSpec Compose(Summit summit, BriefOptions options) => BriefComposer.Compose(summit, options);

    public static BriefResult Write(Summit summit, BriefOptions options, Stream output)
    {
        var document = BriefComposer.Compose(summit, options);
        var result = PdfRenderer.Render(document, Layout(options), output);
        return new BriefResult(result.PageCount, result.AnchorPages);
    }

    static LayoutOptions Layout(BriefOptions options) => new(options.PageSize, options.FontDirectories);
}
