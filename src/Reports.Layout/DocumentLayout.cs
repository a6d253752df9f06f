using Reports.Layout.Coverage;
using Reports.Layout.Model;
using Reports.Layout.Paging;
using Reports.Text;

namespace Reports.Layout;

/// <summary>
/// Lays a document out into pages of placed boxes, without producing a PDF. Stages: measure blocks into
/// slices, paginate, fill in the table of contents, add header and footer (the PDF writer subsets the fonts
/// to what it draws). Holds every page: for tests and short documents (the PDF renderer of Reports.Pdf renders long
/// ones page by page). Check <see cref="MissingGlyphs"/> first.
/// </summary>
public static class DocumentLayout
{
    /// <summary>
    /// Every character of the document the fonts cannot draw, as data: none in any font, or none in the one
    /// font a group of chart labels is drawn with. A document is laid out only when this is empty; a missing
    /// glyph never passes silently as a box.
    /// </summary>
    public static IReadOnlyList<MissingGlyph> MissingGlyphs(DocumentSpec document, LayoutOptions options) =>
        GlyphCoverage.Find(options.Fonts, document);

    /// <summary>
    /// Lays out <paramref name="document"/>, which must have no <see cref="MissingGlyphs"/> (else an
    /// <see cref="InvalidOperationException"/>). Throws <see cref="ArgumentException"/> for an inconsistent
    /// document (duplicate anchors, links to unknown anchors, malformed tables or charts).
    /// </summary>
    public static LaidOutDocument Layout(DocumentSpec document, LayoutOptions options)
    {
        using var layout = new DocumentPages(document, options);
        var pages = layout.Paginate().ToList();
        var index = layout.Index(pages);
        var finisher = layout.Finisher();
        var laidOut = new List<LaidOutPage>(pages.Count);
        foreach (var page in pages)
        {
            var late = finisher.Begin(page, laidOut.Count + 1);
            var boxes = finisher.Complete(late, pages.Count, index.Anchors);
            laidOut.Add(new LaidOutPage(laidOut.Count + 1, PageFinisher.Merge(page, boxes)) { Drawing = page, Late = boxes });
        }

        return new LaidOutDocument(
            layout.Geometry,
            laidOut,
            index.UserAnchorPages(),
            index.Outline,
            document.Metadata)
        {
            Stack = layout.Stack,
        };
    }
}
