using System.Globalization;
using Reports.Brief;
using Reports.Domain.Loading;
using Reports.Layout;
using Reports.Layout.Paging;
using Reports.PdfWriter.Content;
using Reports.Text;

namespace Reports.Charts.Tests;

/// <summary>
/// The charts of real briefs (the seed, the varied corpus) as layout places them, and the painter that
/// turns them into forms, sharing the layout's font stack as the brief's writer does.
/// </summary>
internal static class PaintedCharts
{
    public static string CorpusPath(string name) => Repository.Path("tests", "Corpus", "varied", name + ".json");

    private static readonly Lazy<Layout.Model.DocumentSpec> Seeded = new(() => Document(Repository.SeedPath));

    private static readonly Lazy<List<PlacedChart>> SeedCharts = new(() => Charts(Seeded.Value));

    /// <summary>The brief of a dataset as the brief composer makes it (en-GB unless told).</summary>
    public static Layout.Model.DocumentSpec Document(string datasetPath, string culture = "en-GB")
    {
        var loaded = SummitLoader.Load(datasetPath);
        var summit = loaded.Summit ?? throw new InvalidOperationException(string.Join("\n", loaded.Errors));
        return BriefWriter.Compose(summit, BriefOptions.Default with { Culture = CultureInfo.GetCultureInfo(culture) });
    }

    /// <summary>The seed brief in a language ("ar"), with the culture that language defaults to.</summary>
    public static Layout.Model.DocumentSpec SeedIn(string code)
    {
        var language = Domain.Wording.Language.Find(code)!;
        var summit = SummitLoader.Load(Repository.SeedPath).Summit!;
        return BriefWriter.Compose(summit, BriefOptions.Default with { Language = language, Culture = language.Culture() });
    }

    /// <summary>Every chart of the dataset's brief, in page order.</summary>
    public static List<PlacedChart> Of(string datasetPath, string culture = "en-GB") => Charts(Document(datasetPath, culture));

    public static Layout.Model.DocumentSpec SeedDocument() => Seeded.Value;

    /// <summary>The seed brief's charts (laid out once; the same boxes each call).</summary>
    public static List<PlacedChart> Seed() => SeedCharts.Value;

    private static List<PlacedChart> Charts(Layout.Model.DocumentSpec document) =>
        [.. LaidOut.Of(document).Pages.SelectMany(p => p.Boxes.OfType<PlacedChart>())];

    /// <summary>A painter over the font stack layout used (the system fonts unless the options add directories).</summary>
    public static ChartPainter Painter(LayoutOptions? options = null) =>
        new(new TextShaper(FontStack.Create((options ?? LayoutOptions.Default).ExtraFontDirectories)));

    public static Form Paint(PlacedChart chart, LayoutOptions? options = null) => Painter(options).Paint(chart);
}
