using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// Category labels as the chart draws them, never cut inside a word: wrapped at spaces and dashes to
/// the width of their slot (at most three lines), at the tick size or a little smaller; when some word
/// is wider than its slot even then, every label is set on one vertical line instead, shortened with
/// an ellipsis only when longer than the room below the plot allows.
/// </summary>
internal sealed class CategoryLabelFit(LayoutContext context)
{
    private const int MaxLines = 3;
    private const double SmallestSize = 6;
    private const double SizeStep = 0.5;
    private const string BreaksAfter = "-–—";

    /// <summary>The labels ("\n" between lines), their size, and for vertical labels the depth of the longest (else 0).</summary>
    public (IReadOnlyList<string> Labels, float Size, double VerticalDepth) For(ChartDescription chart, double plotHeight)
    {
        var slot = context.Width * ChartLayout.DataAreaShare / Math.Max(1, chart.Categories.Count) * 0.92;
        for (var size = (double)ChartStyle.TickSize; size >= SmallestSize; size -= SizeStep)
        {
            if (Wrapped(chart.Categories, Style(size), slot) is { } labels)
                return (labels, (float)size, 0);
        }

        var style = Style(ChartStyle.TickSize);
        List<string> vertical = [.. chart.Categories.Select(c => Ellipsis.Fit(context.Text, c.ReplaceLineEndings(" "), style, plotHeight * 0.4))];
        var depth = vertical.Max(label => context.Text.SingleLine(new StyledSpan(label, style), 1).Width);
        return (vertical, ChartStyle.TickSize, depth);
    }

    private static TextStyle Style(double size) => new(FontVariant.Regular, size, Theme.Ink);

    /// <summary>Every label wrapped to the slot, or null when a word does not fit or a label needs too many lines.</summary>
    private List<string>? Wrapped(IReadOnlyList<string> categories, TextStyle style, double slot)
    {
        var labels = new List<string>(categories.Count);
        foreach (var category in categories)
        {
            if (Words(category).Any(word => context.Text.SingleLine(new StyledSpan(word, style), 1).Width > slot))
                return null;
            var lines = context.Text.Layout([new StyledSpan(category, style)], slot, 1).Lines;
            if (lines.Count > MaxLines)
                return null;
            labels.Add(string.Join('\n', lines.Select(line => string.Concat(line.Runs.Select(r => r.Text)).Trim())));
        }

        return labels;
    }

    /// <summary>The parts a label may wrap between: words, and after a dash ("Dorohusk–", "Yahodyn").</summary>
    private static IEnumerable<string> Words(string label)
    {
        var start = 0;
        for (var i = 0; i < label.Length; i++)
        {
            if (char.IsWhiteSpace(label[i]))
            {
                if (i > start)
                    yield return label[start..i];
                start = i + 1;
            }
            else if (BreaksAfter.Contains(label[i], StringComparison.Ordinal))
            {
                yield return label[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < label.Length)
            yield return label[start..];
    }
}
