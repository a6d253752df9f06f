using Reports.Domain.Changes;
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
    /// <param name="changes">The changes the brief will show: what they print of the earlier edition (a removed
    /// figure's label, a removed quote) must be drawable too.</param>
    public static IReadOnlyList<TextProblem> CheckText(Summit summit, BriefOptions options, ChangeSet? changes = null)
    {
        var fonts = FontStack.Create(options.FontDirectories);
        return DatasetTexts.Of(summit).Concat(DatasetTexts.Of(changes))
            .Select(t => (t.Path, t.Text, Missing: fonts.MissingCodePoints(t.Text)))
            .Where(t => t.Missing.Count > 0)
            .Select(t => new TextProblem(t.Path, t.Text, t.Missing))
            .ToList();
    }

    /// <summary>The document the brief is made of, for tests and for callers that render it themselves.</summary>
    public static DocumentSpec Compose(Summit summit, BriefOptions options, ChangeSet? changes = null) => BriefComposer.Compose(summit, options, changes);

    /// <param name="changes">What changed since an earlier edition: the brief gets a "Changes since" section
    /// and marks on the changed figures; null for a brief with neither.</param>
    public static BriefResult Write(Summit summit, BriefOptions options, Stream output, ChangeSet? changes = null)
    {
        var document = BriefComposer.Compose(summit, options, changes);
        var layout = new LayoutOptions(options.PageSize, options.FontDirectories);
        var result = PdfRenderer.Render(document, layout, output);
        return new BriefResult(result.PageCount, result.AnchorPages);
    }
}
