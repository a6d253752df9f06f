namespace Reports.Excel.Streaming;

/// <summary>What a streamed data cell looks like; every one is aligned to the top of its row.</summary>
/// <param name="FormatCode">A number format code, or null for General.</param>
/// <param name="QuotePrefix">Marks text a spreadsheet could otherwise read as a formula.</param>
internal readonly record struct CellStyle(string? FormatCode, bool Wrap, bool Link, bool QuotePrefix);
