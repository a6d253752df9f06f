namespace Reports.Layout.Model;

/// <summary>
/// A table with a header row. Rows are never split mid-line; a row taller than a page splits between
/// lines. With <paramref name="RepeatHeader"/> the header is repeated on every page the table spans;
/// <paramref name="Zebra"/> shades every other row. A row may have fewer cells than there are columns.
/// </summary>
public sealed record Table(
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<IReadOnlyList<TableCell>> Rows,
    bool RepeatHeader = true,
    bool Zebra = true) : Block;
