namespace Reports.Layout.Model;

/// <summary>
/// The words of a chart's alternative text (a Figure's /Alt), in the document's language: the kind of chart, the
/// sentence patterns ("{kind}: {title}", "Value axis: {axis}", "{category}: {value}" with "{kind}", "{title}",
/// "{axis}", "{category}" and "{value}" to fill; the category axis's title as "categories: {axis}"), the separators between categories and between a series'
/// values, what a category without a bar says, the count of series written out ("2 series"), and the
/// punctuation that ends a sentence.
/// </summary>
public sealed record ChartAltWords(
    string Bar,
    string GroupedBar,
    string StackedBar,
    string Title,
    string ValueAxis,
    string Categories,
    string Item,
    string ItemSeparator,
    string ValueSeparator,
    string NoValue,
    string SeriesCount,
    string SentenceEnd)
{
    /// <summary>English, the words of a chart composed without a language ("2 series" left for the count to fill).</summary>
    public static ChartAltWords English { get; } = new(
        "Bar chart", "Grouped bar chart", "Stacked bar chart", "{kind}: {title}", "Value axis: {axis}", "categories: {axis}", "{category}: {value}",
        "; ", ", ", "no value", "{count} series", ".");
}
