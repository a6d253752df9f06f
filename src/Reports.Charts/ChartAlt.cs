using System.Text;
using Reports.Layout.Model;

namespace Reports.Charts;

/// <summary>
/// The alternative text of a chart (a Figure's <c>/Alt</c>), from its data: the kind and title, the value
/// axis (its unit), then every category with its value, and the caption (period and sources). Values are
/// the chart's own data labels, so they read as the chart shows them, in the brief's culture; a chart of
/// several series names each series once, then its value in each category. A long chart stays one
/// sentence per part, categories (or series) separated by semicolons, so a screen reader can pause between them:
/// "Bar chart: Trade. Value axis: USD billion. Trade volume, 2024: USD 245 bn; Priority projects portfolio: ~USD 200 bn. 2024 · Source: Kremlin."
/// </summary>
internal static class ChartAlt
{
    public static string Describe(ChartDescription chart)
    {
        var alt = new StringBuilder();
        Sentence(alt, $"{Kind(chart)}: {chart.Title}");
        Sentence(alt, $"Value axis: {chart.ValueAxisTitle}" + (chart.CategoryAxisTitle is { Length: > 0 } by ? $"; categories: {by}" : ""));
        if (chart.Series.Count == 1)
            Sentence(alt, string.Join("; ", chart.Categories.Select((category, i) => $"{OneLine(category)}: {Value(chart.Series[0], i)}")));
        else
            Sentence(alt, $"{chart.Series.Count} series. " + string.Join("; ", chart.Series.Select(s => $"{s.Name}: {Values(chart, s)}")));
        Sentence(alt, string.Join(" · ", new[] { chart.Period, chart.SourceLine }.Where(s => !string.IsNullOrWhiteSpace(s))));
        return alt.ToString().TrimEnd();
    }

    private static string Kind(ChartDescription chart) => chart.Kind switch
    {
        ChartKind.StackedBar => "Stacked bar chart",
        ChartKind.GroupedBar when chart.Series.Count > 1 => "Grouped bar chart",
        _ => "Bar chart",
    };

    /// <summary>A series' values, each after its category ("2019 50, 2020 54"): the series is named once, however long its name.</summary>
    private static string Values(ChartDescription chart, ChartSeriesData series) =>
        string.Join(", ", chart.Categories.Select((category, i) => $"{OneLine(category)} {Value(series, i)}"));

    /// <summary>The data label as drawn; a value drawn without one in the invariant culture; "no value" for a category without a bar.</summary>
    private static string Value(ChartSeriesData series, int category) =>
        series.Labels[category] ?? series.Values[category]?.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "no value";

    private static string OneLine(string text) => string.Join(' ', text.Split(['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Appends a sentence, ending it with a full stop unless it already ends with punctuation.</summary>
    private static void Sentence(StringBuilder alt, string? text)
    {
        var sentence = OneLine(text ?? "");
        if (sentence.Length == 0)
            return;
        alt.Append(sentence);
        if (!".!?…。".Contains(sentence[^1]))
            alt.Append('.');
        alt.Append(' ');
    }
}
