using Reports.Domain.Changes;
using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Domain.Wording;

namespace Reports.Brief.Composing;

/// <summary>What every part of the brief composes from: the summit, the options, shared formatting and,
/// when there is an earlier edition, what changed since.</summary>
internal sealed record BriefContext(Summit Summit, BriefOptions Options, FigureFormatter Figures, SourceNotes Notes, ChangeSet? Changes = null)
{
    public static BriefContext For(Summit summit, BriefOptions options, ChangeSet? changes = null) =>
        new(summit, options, FigureFormatter.ForPrint(options.Culture, options.Words), SourceNotes.For(summit), changes);

    /// <summary>The brief's own words in its language.</summary>
    public Words Words => Figures.Words;

    /// <summary>The brief's grammar: lists and counted nouns in its language.</summary>
    public Prose Prose { get; } = new(Figures.Words, Figures.Culture);

    /// <summary>How changes are written, with the brief's figures (culture, print minus sign).</summary>
    public ChangeTexts ChangeTexts { get; } = new(Figures);

    /// <summary>Dates in the brief's culture and its language's pattern.</summary>
    public DateFormatter Dates { get; } = new(Options.Culture, Figures.Words);

    public string Date(DateOnly date) => Dates.Date(date);

    /// <summary>When the summit took place: "8 May 2025", or a range for several days ("22–24 October 2024").</summary>
    public string EventDate => Dates.Event(Summit.Event);

    public string SourceTitle(string sourceId) => Summit.Source(sourceId).Title;

    /// <summary>
    /// The brief's /Lang: the dataset's language when the brief's own words are in it (its tag, "zh-Hans", kept),
    /// else the language of those words ("ar" for an Arabic brief of an English dataset).
    /// </summary>
    public string DocumentLanguage { get; } = DocumentLanguageOf(Summit.Language, Figures.Words.Language.Code);

    /// <summary>Whether the brief is a right-to-left document (Arabic): its pages mirrored, its paragraphs right to left.</summary>
    public bool RightToLeft => Options.Language?.RightToLeft == true;

    /// <summary>
    /// The language to tag the dataset's own text with (summaries, quotes without a <c>lang</c>): none when it is
    /// the document's (the text inherits the document's /Lang), else the dataset's (English text in an Arabic brief).
    /// Worked out once: every appendix row and figure line asks.
    /// </summary>
    public string? DatasetTextLanguage { get; } = SameLanguage(Summit.Language, DocumentLanguageOf(Summit.Language, Figures.Words.Language.Code)) ? null : Summit.Language;

    /// <summary>A theme's indicators in the dataset's order, grouped once for all themes (each theme asks once).</summary>
    public IReadOnlyList<Indicator> IndicatorsOf(Theme theme) => byTheme.Value.TryGetValue(theme.Id, out var indicators) ? indicators : [];

    private readonly Lazy<Dictionary<string, List<Indicator>>> byTheme = new(() => ByTheme(Summit.Indicators));

    static Dictionary<string, List<Indicator>> ByTheme(IReadOnlyList<Indicator> indicators)
    {
        var byTheme = new Dictionary<string, List<Indicator>>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (!byTheme.TryGetValue(indicator.ThemeId, out var list))
                byTheme[indicator.ThemeId] = list = [];
            list.Add(indicator);
        }

        return byTheme;
    }

    static string DocumentLanguageOf(string dataset, string words) => SameLanguage(dataset, words) ? dataset : words;

    static bool SameLanguage(string a, string b) =>
        string.Equals(a.Split('-', '_')[0], b.Split('-', '_')[0], StringComparison.OrdinalIgnoreCase);
}
