namespace Reports.Excel.Streaming;

/// <summary>A hyperlink on a streamed cell: to a place in the workbook, or through a relationship to a URL.</summary>
internal sealed record SheetLink(string CellReference, string? Location, string? RelationshipId);
