namespace Reports.Excel.Streaming;

/// <summary>A cell of a streamed sheet.</summary>
internal abstract record SheetCell;

/// <summary>Text from the dataset or the writer, stored as a string (never a number or a formula).</summary>
/// <param name="Location">An in-workbook link target such as "'Sources'!A5", or null.</param>
/// <param name="Url">An absolute http(s) address to link to, or null.</param>
internal sealed record TextCell(string Text, string? Location = null, Uri? Url = null) : SheetCell;

/// <summary>A number kept at full precision and shown with <paramref name="FormatCode"/>.</summary>
internal sealed record NumberCell(double Value, string FormatCode) : SheetCell;
