namespace Reports.Excel.Packaging;

/// <summary>
/// The prefix Excel itself gives the root element of each kind of part: none (a default namespace) for
/// SpreadsheetML, relationships, content types and the extended properties; "xdr", "c", "a" and "cp" for
/// drawings, charts, the theme and the core properties. Readers built against Excel's files (ExcelJS matches
/// element names such as "worksheet" and "Properties" literally) fail on any other prefix.
/// </summary>
internal static class ExcelPrefixes
{
    static readonly Dictionary<string, string> RootPrefixes = new(StringComparer.Ordinal)
    {
        ["http://schemas.openxmlformats.org/spreadsheetml/2006/main"] = "",
        ["http://schemas.openxmlformats.org/package/2006/relationships"] = "",
        ["http://schemas.openxmlformats.org/package/2006/content-types"] = "",
        [ExtendedPropertiesXml.Namespace] = "",
        ["http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"] = "",
        ["http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"] = "xdr",
        ["http://schemas.openxmlformats.org/drawingml/2006/chart"] = "c",
        ["http://schemas.openxmlformats.org/drawingml/2006/main"] = "a",
        ["http://schemas.openxmlformats.org/package/2006/metadata/core-properties"] = "cp",
    };

    /// <summary>The prefix for a root element in <paramref name="ns"/> ("" for a default namespace), or null
    /// for a namespace Excel's conventions do not cover (its part is kept as it is).</summary>
    public static string? ForRoot(string ns) => RootPrefixes.GetValueOrDefault(ns);
}
