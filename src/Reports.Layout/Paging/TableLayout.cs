using Reports.Layout.Model;
using Reports.Layout.Structure;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// A table: a navy header row, then one slice per body row (zebra shading, a hairline under each).
/// A page may break between rows but not between the header and the first row, nor before the last
/// row (a page never holds the last row alone); every continued page starts with the header again. A
/// row taller than a page splits between lines. For a reader: a table with a head row of header cells
/// (each heading its column) and a body of rows of cells; a header repeated on a later page is decoration.
/// </summary>
internal sealed class TableLayout(LayoutContext context)
{
    public BlockSlices Layout(Table table)
    {
        var columns = TableColumns.For(table, context.Width, context.Text, context.Styles);
        var rows = new TableRowLayout(context, columns);
        var node = new StructureNode(StructureRole.Table);
        var headerRow = node.Child(StructureRole.TableHead).Child(StructureRole.TableRow);
        var header = rows.Header(table.Columns.Select(c => SpanStyler.Plain(c.Header, context.Styles.TableHeader)).ToList(), headerRow);
        return new BlockSlices(Slices(table, rows, header, node.Child(StructureRole.TableBody)), 6, 12);
    }

    /// <summary>The header, then each row's slices, laid out as pagination reaches them.</summary>
    private IEnumerable<Slice> Slices(Table table, TableRowLayout rows, Slice header, StructureNode body)
    {
        yield return header;
        var budget = context.Height - header.Height;
        var repeat = table.RepeatHeader ? header : null;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = Cells(table, r);
            var zebra = table.Zebra && r % 2 == 1;
            var part = 0;
            foreach (var slice in rows.Body(cells, zebra, budget, body.Child(StructureRole.TableRow)))
            {
                var rule = part == 0 && (r == 0 || r == table.Rows.Count - 1) ? BreakRule.Forbidden : BreakRule.Allowed;
                part++;
                yield return slice with { BreakBefore = rule, RepeatHeader = repeat };
            }
        }
    }

    private List<IReadOnlyList<StyledSpan>> Cells(Table table, int r)
    {
        var row = table.Rows[r];
        if (row.Count > table.Columns.Count)
        {
            throw new ArgumentException(
                $"Row {r + 1} has {row.Count} cells but the table has {table.Columns.Count} columns (block {table.Origin ?? "without origin"}).");
        }

        var cells = new List<IReadOnlyList<StyledSpan>>(table.Columns.Count);
        for (var c = 0; c < table.Columns.Count; c++)
            cells.Add(c < row.Count ? SpanStyler.Apply(row[c].Spans, context.Styles.TableCell, table.Origin) : []);
        return cells;
    }
}
