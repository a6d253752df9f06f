namespace Reports.Excel.Streaming;

/// <summary>
/// A sheet that is one Excel table: a header row, then data rows, written straight into the package as XML.
/// ClosedXML keeps every cell as an object and took seconds and hundreds of megabytes for ten thousand
/// indicators, so the sheets whose size grows with the dataset are streamed instead.
/// </summary>
/// <param name="Rows">Enumerated twice: once to measure column widths, once to write.</param>
internal sealed record TableSheet(string SheetName, string TableName, IReadOnlyList<TableColumn> Columns, Func<IEnumerable<TableRow>> Rows);

/// <summary>A column of a <see cref="TableSheet"/>.</summary>
/// <param name="MaxWidth">Widest the column grows to fit its content, in characters.</param>
/// <param name="Wrap">Long text wraps inside the column (rows grow taller) instead of running on.</param>
internal sealed record TableColumn(string Header, double MaxWidth, bool Wrap = false, double MinWidth = 6);

/// <summary>One data row; a null cell is left empty.</summary>
internal sealed record TableRow(IReadOnlyList<SheetCell?> Cells);
