namespace Reports.Excel.Streaming;

/// <summary>XML namespaces of SpreadsheetML parts.</summary>
internal static class SpreadsheetNamespaces
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
}
