using Reports.Layout.Model;
using Reports.Layout.Structure;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// Key figures as cards: light fill, a teal accent on top, the value large, the label and note below.
/// At most four cards to a row, rows balanced (5 figures = 3 + 2); one or two cards keep the width of
/// three to a row rather than stretching. A value never breaks: when the widest does not fit its card
/// at the smallest value size, the cards make room (fewer, wider cards to a row, down to two, or one
/// for a single card), and a value wider still is set smaller. The rows never split across pages.
/// </summary>
internal sealed class KeyFigureLayout(LayoutContext context)
{
    private const int MaxPerRow = 4;
    private const int MinColumns = 3;
    private const int MinColumnsToMakeRoom = 2;
    private const double Gap = 10;
    private const double Padding = 10;
    private const double Accent = 2.5;

    public BlockSlices Layout(KeyFigureRow row)
    {
        if (row.Figures.Count == 0)
            return BlockSlices.Empty;
        var (perRow, cardWidth, valueStyle) = Arrangement(row.Figures);
        var node = new StructureNode(StructureRole.Group);
        var slices = row.Figures.Chunk(perRow)
            .Select((figures, r) => Row(figures, cardWidth, valueStyle, node, row.Origin) with
            {
                BreakBefore = r == 0 ? BreakRule.Allowed : BreakRule.Forbidden,
                SpaceBefore = r == 0 ? 0 : Gap,
            });
        return new BlockSlices([.. slices], 6, 14);
    }

    /// <summary>Cards to a row, their width and the value style; fewer, wider cards while the values do not fit.</summary>
    private (int PerRow, double CardWidth, TextStyle Value) Arrangement(IReadOnlyList<KeyFigure> figures)
    {
        var perRow = Balanced(figures.Count, MaxPerRow);
        var columns = Math.Max(perRow, MinColumns);
        while (true)
        {
            var cardWidth = (context.Width - (Gap * (columns - 1))) / columns;
            var (style, fits) = KeyFigureValueSize.Fit(context.Text, figures.Select(f => f.Value), cardWidth - (2 * Padding), context.Look.Heading);
            if (fits || columns <= Math.Min(MinColumnsToMakeRoom, figures.Count))
                return (Balanced(figures.Count, Math.Min(perRow, columns)), cardWidth, style);
            columns--;
        }
    }

    /// <summary>Cards to a row for balanced rows of at most <paramref name="most"/> (5 figures, at most 4: 3 + 2).</summary>
    private static int Balanced(int count, int most)
    {
        var rows = (count + most - 1) / most;
        return (count + rows - 1) / rows;
    }

    /// <summary>
    /// A row of cards. Each card is a group of paragraphs placed in reading order, value first, then the label
    /// and the note (period, source), so a screen reader says "value, label, period, source".
    /// </summary>
    private Slice Row(KeyFigure[] figures, double cardWidth, TextStyle valueStyle, StructureNode row, string? origin)
    {
        var textWidth = cardWidth - (2 * Padding);
        var cards = figures.Select(f => Card(f, valueStyle, textWidth, origin)).ToList();
        var height = cards.Max(c => c.Sum(t => t.Height)) + (2 * Padding) + Accent;
        var boxes = new List<PlacedBox>();
        for (var i = 0; i < cards.Count; i++)
        {
            var x = i * (cardWidth + Gap);
            boxes.Add(new PlacedRect(new Rect(x, 0, cardWidth, height), Theme.CardFill));
            boxes.Add(new PlacedRect(new Rect(x, 0, cardWidth, Accent), context.Look.Accent));
            var y = Accent + Padding;
            var card = row.Child(StructureRole.Group);
            foreach (var text in cards[i])
                y = TextPlacer.PlaceBlock(text, x + Padding, y, textWidth, CellAlign.Left, boxes, card.Child(StructureRole.Paragraph));
        }

        return new Slice(height, boxes);
    }

    /// <summary>The label, then the marker in bold accent colour, joined by a no-break space so the marker
    /// never starts a line alone.</summary>
    private IReadOnlyList<StyledSpan> Label(KeyFigure figure, string? origin)
    {
        var style = new TextStyle(FontVariant.Regular, 8.5, context.Look.Ink);
        var label = SpanStyler.Apply(figure.Label, style, origin);
        return figure.Marker is { Length: > 0 } marker
            ? [.. label.Select((span, i) => i == label.Count - 1 ? span with { Text = span.Text + "\u00A0" } : span), new StyledSpan(marker, style with { Variant = FontVariant.Bold, Color = context.Look.Accent }, BreakOnlyAfter: "")]
            : label;
    }

    /// <summary>The value, kept on one line and isolated: "~USD 200 bn" reads left to right in a right-to-left brief.</summary>
    private static IReadOnlyList<StyledSpan> Value(KeyFigure figure, TextStyle style, string? origin) =>
        figure.ValueSpans is { } spans
            ? SpanStyler.Apply(spans, style, origin)
            : [new StyledSpan(figure.Value, style, BreakOnlyAfter: "") { Isolated = true }];

    private List<TextBlock> Card(KeyFigure figure, TextStyle valueStyle, double width, string? origin)
    {
        var blocks = new List<TextBlock>
        {
            context.Text.Layout(Value(figure, valueStyle, origin), width, 1.2),
            context.Text.Layout(Label(figure, origin), width, 1.4),
        };
        if (figure.Note.Any(s => s.Text.Length > 0))
            blocks.Add(context.Text.Layout(SpanStyler.Apply(figure.Note, new TextStyle(FontVariant.Italic, 7.5, Theme.Muted), origin), width, 1.4));
        return blocks;
    }
}
