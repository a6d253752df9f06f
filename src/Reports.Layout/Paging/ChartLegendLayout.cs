using Reports.Layout.Model;
using Reports.Layout.Structure;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// The legend of a multi-series chart, set in our own type under the plot: a colour swatch and the
/// series name per item, items centred on rows that wrap when the names are long; a name longer than
/// half the width is shortened with an ellipsis. The names belong to the chart's figure (its alt text names
/// every series); the swatches are decoration.
/// </summary>
internal sealed class ChartLegendLayout(LayoutContext context)
{
    private const double Swatch = 7.5;
    private const double SwatchGap = 4;
    private const double ItemGap = 14;
    private const double RowHeight = 12;

    private static readonly TextStyle Style = new(FontVariant.Regular, ChartStyle.LegendSize, Theme.Ink);

    /// <summary>The legend's boxes from y = 0 and its height; nothing for a single series.</summary>
    public (List<PlacedBox> Boxes, double Height) Layout(ChartDescription chart, StructureNode figure)
    {
        var boxes = new List<PlacedBox>();
        if (chart.Series.Count < 2)
            return (boxes, 0);
        var items = chart.Series.Select((s, i) => (Line: Name(s.Name), Color: context.Look.ChartPalette[i % context.Look.ChartPalette.Count])).ToList();
        var rows = Rows(items.Select(item => Swatch + SwatchGap + item.Line.Width).ToList());
        var y = 0.0;
        var index = 0;
        foreach (var row in rows)
        {
            var x = (context.Width - row.Width) / 2;
            for (var k = 0; k < row.Count; k++, index++)
            {
                var (line, color) = items[index];
                boxes.Add(new PlacedRect(new Rect(x, y + ((RowHeight - Swatch) / 2), Swatch, Swatch), color));
                TextPlacer.Place(line, x + Swatch + SwatchGap, y + ((RowHeight - line.Height) / 2), 0, CellAlign.Left, boxes, figure);
                x += Swatch + SwatchGap + line.Width + ItemGap;
            }

            y += RowHeight;
        }

        return (boxes, y);
    }

    /// <summary>The series name on one line; a name too long for half the width ends in an ellipsis.</summary>
    private TextLine Name(string name)
    {
        var maxWidth = (context.Width / 2) - Swatch - SwatchGap;
        var shown = Ellipsis.Fit(context.Text, name.ReplaceLineEndings(" "), Style, maxWidth);
        return context.Text.SingleLine(new StyledSpan(shown, Style), 1.2);
    }

    /// <summary>Greedy rows of item widths: (count, total width) per row.</summary>
    private List<(int Count, double Width)> Rows(IReadOnlyList<double> widths)
    {
        var rows = new List<(int Count, double Width)>();
        var (count, width) = (0, 0.0);
        foreach (var w in widths)
        {
            var next = count == 0 ? w : width + ItemGap + w;
            if (count > 0 && next > context.Width)
            {
                rows.Add((count, width));
                (count, next) = (0, w);
            }

            (count, width) = (count + 1, next);
        }

        rows.Add((count, width));
        return rows;
    }
}
