namespace Reports.Excel.Packaging;

/// <summary>The workbook's core properties (File › Properties).</summary>
/// <param name="Created">Also written as the modified date, so that the file depends on nothing but its inputs.</param>
/// <param name="Application">The program named in the extended properties, with its version ("Reports 1.2.0").</param>
internal sealed record DocumentProperties(string Title, string Subject, string Author, string Keywords, string Description, DateTimeOffset Created, string Application)
{
    /// <summary>The organisation (a brand's <c>meta.name</c>), written as the extended properties' Company; null for none.</summary>
    public string? Company { get; init; }
}
