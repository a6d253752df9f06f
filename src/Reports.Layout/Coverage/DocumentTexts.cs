using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Coverage;

/// <summary>Every string a document will draw, with the origin of its block.</summary>
internal static class DocumentTexts
{
    public static IEnumerable<SourcedText> All(DocumentSpec document)
    {
        var decorations = document.Decorations;
        if (decorations.HeaderText is { } header)
            yield return new SourcedText(header, "decorations", "header");
        if (decorations.FooterText is { } footer)
            yield return new SourcedText(footer, "decorations", "footer");
        if (decorations.Marking is { } marking)
            yield return new SourcedText(marking, "brand:$.defaults.reports.marking", "marking");
        if (decorations.Watermark is { } watermark)
            yield return new SourcedText(watermark, "brand:$.defaults.reports.watermark", "watermark");

        foreach (var text in document.Blocks.SelectMany(block => Of(block, block.Origin)))
            yield return text;
    }

    /// <summary>Every chart of the document with the origin of its block.</summary>
    public static IEnumerable<(ChartDescription Chart, string? Origin)> Charts(DocumentSpec document) =>
        document.Blocks.SelectMany(block => ChartsOf(block, block.Origin));

    private static IEnumerable<(ChartDescription, string?)> ChartsOf(Block block, string? origin)
    {
        origin = block.Origin ?? origin;
        return block switch
        {
            ChartBlock c => [(c.Chart, origin)],
            KeepTogether group => group.Blocks.SelectMany(inner => ChartsOf(inner, origin)),
            _ => [],
        };
    }

    private static IEnumerable<SourcedText> Of(Block block, string? origin)
    {
        origin = block.Origin ?? origin;
        return block switch
        {
            Heading h => Spans(h.Text, origin),
            Paragraph p => Spans(p.Spans, origin),
            BulletList l => l.Items.SelectMany((item, i) => Spans(item, origin, $"item {i + 1}")),
            QuoteBlock q => Spans(q.Text, origin).Append(new SourcedText(q.Attribution, origin, "attribution")),
            KeyFigureRow k => k.Figures.SelectMany((f, i) => KeyFigure(f, origin, i)),
            Table t => Table(t, origin),
            ChartBlock c => Chart(c.Chart, origin),
            TableOfContents toc => toc.Entries.Select((e, i) => new SourcedText(e.Text, origin, $"entry {i + 1}")),
            KeepTogether group => group.Blocks.SelectMany(inner => Of(inner, origin)),
            FirstThatFits choices => choices.Choices.SelectMany(choice => choice.SelectMany(inner => Of(inner, origin))),
            _ => [],
        };
    }

    private static IEnumerable<SourcedText> Spans(IReadOnlyList<Span> spans, string? origin, string? where = null) =>
        spans.Select(span => new SourcedText(span.Text, origin, where));

    private static IEnumerable<SourcedText> KeyFigure(KeyFigure figure, string? origin, int index)
    {
        var where = $"figure {index + 1}";
        yield return new SourcedText(figure.Value, origin, where);
        foreach (var span in figure.Label.Concat(figure.Note))
            yield return new SourcedText(span.Text, origin, where);
        if (figure.Marker is { } marker)
            yield return new SourcedText(marker, origin, where);
    }

    private static IEnumerable<SourcedText> Table(Table table, string? origin)
    {
        foreach (var (column, c) in table.Columns.Select((column, c) => (column, c)))
        {
            yield return new SourcedText(column.Header, origin, $"header, column {c + 1}");
            if (column.FitText is { } fit)
                yield return new SourcedText(fit, origin, $"width of column {c + 1}");
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                foreach (var span in row[c].Spans)
                    yield return new SourcedText(span.Text, origin, $"row {r + 1}, column {c + 1}");
            }
        }
    }

    private static IEnumerable<SourcedText> Chart(ChartDescription chart, string? origin) =>
        ChartStrings.All(chart).Select(text => new SourcedText(text, origin, "chart"));
}
