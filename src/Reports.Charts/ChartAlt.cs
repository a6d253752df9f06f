using System.Globalization;
using System.Text;
using Reports.Layout.Model;

namespace Reports.Charts;

/// <summary>
/// The alternative text of a chart (a Figure's <c>/Alt</c>), from its data, in the words of its language
/// (<see cref="ChartAltWords"/>): the kind and title, the value axis (its unit), then every category with its
/// value, and the caption (period and sources). Values are the chart's own data labels, so they read as the
/// chart shows them, in the brief's culture; a chart of
/// several series names each series once, then its value in each category. A long chart stays one
/// sentence per part, categories (or series) separated by semicolons, so a screen reader can pause between them:
/// "Bar chart: Trade. Value axis: USD billion. Trade volume, 2024: USD 245 bn; Priority projects portfolio: ~USD 200 bn. 2024 · Source: Kremlin."
/// </summary>
internal static class ChartAlt
{
    public static string Describe(ChartDescription chart)
    {
        var words = chart.AltWords;
        var alt = new StringBuilder();
        Sentence(alt, words, Fill(words.Title, ("kind", Kind(chart)), ("title", chart.Title)));
        Sentence(alt, words, Fill(words.ValueAxis, ("axis", chart.ValueAxisTitle)) + (chart.CategoryAxisTitle is { Length: > 0 } by ? words.ItemSeparator + Fill(words.Categories, ("axis", by)) : ""));
        if (chart.Series.Count == 1)
        {
            Sentence(alt, words, string.Join(words.ItemSeparator, chart.Categories.Select((category, i) => Fill(words.Item, ("category", OneLine(category)), ("value", Value(chart, chart.Series[0], i))))));
        }
        else
        {
            Sentence(alt, words, Fill(words.SeriesCount, ("count", chart.Series.Count.ToString(chart.Numbers ?? CultureInfo.InvariantCulture.NumberFormat))));
            Sentence(alt, words, string.Join(words.ItemSeparator, chart.Series.Select(s => Fill(words.Item, ("category", s.Name), ("value", Values(chart, s))))));
        }

        Sentence(alt, words, string.Join(" · ", new[] { chart.Period, chart.SourceLine }.Where(s => !string.IsNullOrWhiteSpace(s))));
        return alt.ToString().TrimEnd();
    }

    private static string Kind(ChartDescription chart) => chart.Kind switch
    {
        ChartKind.StackedBar => chart.AltWords.StackedBar,
        ChartKind.GroupedBar when chart.Series.Count > 1 => chart.AltWords.GroupedBar,
        _ => chart.AltWords.Bar,
    };

    /// <summary>A series' values, each after its category ("2019 50, 2020 54"): the series is named once, however long its name.</summary>
    private static string Values(ChartDescription chart, ChartSeriesData series) =>
        string.Join(chart.AltWords.ValueSeparator, chart.Categories.Select((category, i) => $"{OneLine(category)} {Value(chart, series, i)}"));

    /// <summary>The data label as drawn; a value drawn without one in the chart's culture; "no value" for a category without a bar.</summary>
    private static string Value(ChartDescription chart, ChartSeriesData series, int category) =>
        series.Labels[category] ?? series.Values[category]?.ToString("#,0.##", chart.Numbers ?? CultureInfo.InvariantCulture.NumberFormat) ?? chart.AltWords.NoValue;

    private static string Fill(string pattern, params (string Name, string Value)[] values)
    {
        foreach (var (name, value) in values)
            pattern = pattern.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return pattern;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Appends a sentence, ending it with the language's full stop unless it already ends with punctuation.</summary>
    private static void Sentence(StringBuilder alt, ChartAltWords words, string? text)
    {
        var sentence = OneLine(text ?? "");
        if (sentence.Length == 0)
            return;
        alt.Append(sentence);
        if (!".!?…。".Contains(sentence[^1]))
            alt.Append(words.SentenceEnd);
        // A Chinese full stop is a full-width character with its own space; a Latin one takes a space after it.
        if (alt[^1] != '。')
            alt.Append(' ');
    }
}
