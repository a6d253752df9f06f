using Reports.Layout.Structure;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>Lays out the cells of one row; splits a row taller than the page budget into bands of lines.</summary>
internal sealed class TableRowLayout(LayoutContext context, TableColumns columns)
{
    private const double LineHeight = 1.35;

    public Slice Header(IReadOnlyList<IReadOnlyList<StyledSpan>> cells, StructureNode row)
    {
        var texts = Layout(cells);
        var height = RowHeight(texts);
        var boxes = new List<PlacedBox> { new PlacedRect(new Rect(0, 0, context.Width, height), context.Look.TableHeaderFill) };
        PlaceCells(texts, boxes, Cells(row, StructureRole.HeaderCell, texts.Length));
        return new Slice(height, boxes);
    }

    public IEnumerable<Slice> Body(IReadOnlyList<IReadOnlyList<StyledSpan>> cells, bool zebra, double budget, StructureNode row)
    {
        var texts = Layout(cells);
        var height = RowHeight(texts);
        var nodes = Cells(row, StructureRole.DataCell, texts.Length);
        if (height <= budget)
            return [Row(texts, height, zebra, nodes)];
        return Bands(texts, budget).Select(band => Row(band, RowHeight(band), zebra, nodes));
    }

    /// <summary>One element per cell of the row (the bands of a split row share them).</summary>
    private static StructureNode[] Cells(StructureNode row, StructureRole role, int count)
    {
        var cells = new StructureNode[count];
        for (var c = 0; c < count; c++)
            cells[c] = row.Child(role);
        return cells;
    }

    // Loops rather than LINQ here and below: a row per indicator, a hundred thousand in a long appendix.
    private TextBlock[] Layout(IReadOnlyList<IReadOnlyList<StyledSpan>> cells)
    {
        var texts = new TextBlock[cells.Count];
        for (var c = 0; c < texts.Length; c++)
            texts[c] = context.Text.Layout(cells[c], columns.TextWidth(c), LineHeight);
        return texts;
    }

    private double RowHeight(IReadOnlyList<TextBlock> texts)
    {
        var tallest = texts[0].Height;
        for (var c = 1; c < texts.Count; c++)
            tallest = Math.Max(tallest, texts[c].Height);
        return Math.Max(tallest, context.Styles.TableCell.Size * LineHeight) + (2 * TableColumns.PaddingY);
    }

    private Slice Row(IReadOnlyList<TextBlock> texts, double height, bool zebra, StructureNode[] cells)
    {
        var boxes = new List<PlacedBox>();
        if (zebra)
            boxes.Add(new PlacedRect(new Rect(0, 0, context.Width, height), Theme.Zebra));
        PlaceCells(texts, boxes, cells);
        boxes.Add(new PlacedRect(new Rect(0, height - Theme.HairLine, context.Width, Theme.HairLine), Theme.LightRule));
        return new Slice(height, boxes);
    }

    private void PlaceCells(IReadOnlyList<TextBlock> texts, List<PlacedBox> boxes, StructureNode[] cells)
    {
        for (var c = 0; c < texts.Count; c++)
        {
            if (!HasGlyphs(texts[c]))
                boxes.Add(new PlacedMark(new Rect(columns.X[c], 0, 0, 0)) { Node = cells[c] });
            TextPlacer.PlaceBlock(texts[c], columns.X[c] + TableColumns.PaddingX, TableColumns.PaddingY, columns.TextWidth(c), columns.Align[c], boxes, cells[c]);
        }
    }

    private static bool HasGlyphs(TextBlock text)
    {
        foreach (var line in text.Lines)
        {
            foreach (var run in line.Runs)
            {
                if (run.Glyphs.Length > 0)
                    return true;
            }
        }

        return false;
    }

    /// <summary>Groups a huge row's lines (line i of every cell together) into bands that fit the budget.</summary>
    private static IEnumerable<List<TextBlock>> Bands(IReadOnlyList<TextBlock> texts, double budget)
    {
        var lineCount = texts.Max(t => t.Lines.Count);
        var start = 0;
        while (start < lineCount)
        {
            var end = start;
            var height = 2 * TableColumns.PaddingY;
            while (end < lineCount && (end == start || height + BandLineHeight(texts, end) <= budget))
                height += BandLineHeight(texts, end++);
            yield return [.. texts.Select(t => new TextBlock([.. t.Lines.Skip(start).Take(end - start)]))];
            start = end;
        }
    }

    private static double BandLineHeight(IReadOnlyList<TextBlock> texts, int line) =>
        texts.Max(t => line < t.Lines.Count ? t.Lines[line].Height : 0);
}
