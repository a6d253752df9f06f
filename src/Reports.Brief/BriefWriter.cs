using System.Runtime.CompilerServices;
using Reports.Brief.Composing;
using Reports.Domain.Changes;
using Reports.Domain.Model;
using Reports.Layout;
using Reports.Layout.Model;
using Reports.Pdf;

namespace Reports.Brief;

/// <summary>Writes the PDF brief of a summit: check every text can be drawn, compose, lay out, render.</summary>
public static class BriefWriter
{
    /// <summary>
    /// Every character of the brief the fonts cannot draw, each at the JSON path of the dataset text it
    /// comes from. The one check of the text, on the brief as composed with these options; call it before
    /// <see cref="Write"/>, which lays out only a brief with no such problem.
    /// </summary>
    /// <param name="changes">The changes the brief will show: what they print of the earlier edition (a removed
    /// figure's label, a removed quote) must be drawable too.</param>
    public static IReadOnlyList<TextProblem> CheckText(Summit summit, BriefOptions options, ChangeSet? changes = null)
    {
        var missing = DocumentLayout.MissingGlyphs(Composed(summit, options, changes), Layout(options));
        if (missing.Count == 0)
            return [];
        var fonts = Layout(options).Fonts.ToString();
        var origins = new TextOrigins(summit, changes, missing.Select(m => m.CodePoint).ToHashSet());
        var glyphs = missing.DistinctBy(m => (m.FullText, m.CodePoint)).ToList();
        var problems = new List<TextProblem>();
        var located = new HashSet<(string, int)>();
        var next = 0;
        for (; next < glyphs.Count && problems.Count < MaxTextProblems; next++)
        {
            var (path, text) = origins.Find(glyphs[next]);
            if (located.Add((path, glyphs[next].CodePoint)))
                problems.Add(TextProblem.Of(glyphs[next], path, text, fonts));
        }
        if (next < glyphs.Count)
            problems.Add(TextProblem.More([.. glyphs.Skip(next)]));
        return problems;
    }

    /// <summary>
    /// Problems listed one by one; past this, one line counts the texts left. A dataset whose every label is in a
    /// script no font has would otherwise print a line per label, and the fix (a font) is the same for all.
    /// </summary>
    public const int MaxTextProblems = 200;

    /// <summary>Pays the renderer's first-use costs ahead of time, e.g. on a spare core (see <see cref="PdfRenderer.Prepare"/>).</summary>
    public static void Prepare() => PdfRenderer.Prepare();

    /// <summary>The document the brief is made of, for tests and for callers that render it themselves.</summary>
    public static DocumentSpec Compose(Summit summit, BriefOptions options, ChangeSet? changes = null) => BriefComposer.Compose(summit, options, changes);

    /// <param name="changes">What changed since an earlier edition: the brief gets a "Changes since" section
    /// and marks on the changed figures; null for a brief with neither.</param>
    public static BriefResult Write(Summit summit, BriefOptions options, Stream output, ChangeSet? changes = null)
    {
        var document = Composed(summit, options, changes);
        var result = PdfRenderer.Render(document, Layout(options), output, options.PdfStandard);
        return new BriefResult(result.PageCount, result.AnchorPages) { Fonts = result.Fonts };
    }

    /// <summary>
    /// The brief of a summit with these options, composed once for <see cref="CheckText"/> and the
    /// <see cref="Write"/> after it, with the same changes (composing a hundred thousand indicators takes half a second). Kept only
    /// while the summit lives; composing is a pure function of the two.
    /// </summary>
    static DocumentSpec Composed(Summit summit, BriefOptions options, ChangeSet? changes)
    {
        if (Compositions.TryGetValue(summit, out var last) && last.Options == options && ReferenceEquals(last.Changes, changes))
            return last.Document;
        var document = BriefComposer.Compose(summit, options, changes);
        Compositions.AddOrUpdate(summit, new Composition(options, changes, document));
        return document;
    }

    static readonly ConditionalWeakTable<Summit, Composition> Compositions = new();

    sealed record Composition(BriefOptions Options, ChangeSet? Changes, DocumentSpec Document);

    static LayoutOptions Layout(BriefOptions options) => new(options.PageSize, options.FontDirectories, options.IgnoreSystemFonts)
    {
        FontFamilies = Branding.BrandFonts.For(options.Brand.Typography),
    };
}
