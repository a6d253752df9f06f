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
    /// Text in the dataset that no font can draw, each with its JSON path. Call before writing: a brief
    /// with a box where a character should be is never produced.
    /// </summary>
    public static IReadOnlyList<TextProblem> CheckText(Summit summit, BriefOptions options)
    {
        var fonts = FontStack.Create(options.FontDirectories);
        return DatasetTexts.Of(summit)
            .Select(t => (t.Path, t.Text, Missing: fonts.MissingCodePoints(t.Text)))
            .Where(t => t.Missing.Count > 0)
            .Select(t => new TextProblem(t.Path, t.Text, t.Missing))
            .ToList();
    }

    /// <summary>The document the brief is made of, for tests and for callers that render it themselves.</summary>
    public static DocumentSpec Compose(Summit summit, BriefOptions options) => BriefComposer.Compose(summit, options);

    public static BriefResult Write(Summit summit, BriefOptions options, Stream output)
    {
        var document = BriefComposer.Compose(summit, options);
        var layout = new LayoutOptions(options.PageSize, options.FontDirectories);
        var result = PdfRenderer.Render(document, layout, output);
        return new BriefResult(result.PageCount, result.AnchorPages);
    }
}
