using System.Globalization;

namespace Reports.Layout.Model;

/// <summary>
/// What a chart shows, independent of any charting library. <paramref name="ValueAxisTitle"/> should
/// carry the unit ("USD bn"); <paramref name="Period"/> and <paramref name="SourceLine"/> form the
/// caption under the chart.
/// </summary>
public sealed record ChartDescription(
    ChartKind Kind,
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeriesData> Series,
    string ValueAxisTitle,
    string? CategoryAxisTitle,
    string? Period,
    string? SourceLine)
{
    /// <summary>How the axis ticks write numbers, as the data labels do (the brief's culture); null: invariant.</summary>
    public NumberFormatInfo? Numbers { get; init; }

    /// <summary>The words its alternative text is written in; English unless the document's language gives others.</summary>
    public ChartAltWords AltWords { get; init; } = ChartAltWords.English;

    /// <summary>Between the caption's period and its source line.</summary>
    public const string CaptionSeparator = "  ·  ";

    /// <summary>The language of the title (the dataset's text) when it is not the document's; null: the document's.</summary>
    public string? TitleLanguage { get; init; }

    /// <summary>
    /// The caption as spans, when parts of it carry a language of their own (the dataset's notes in a brief written
    /// in another language, so bidi isolates them); null: <see cref="Period"/> and <see cref="SourceLine"/> as plain
    /// text. Its text is theirs, joined as the plain caption is.
    /// </summary>
    public IReadOnlyList<Span>? CaptionSpans { get; init; }
}
