using DocumentFormat.OpenXml.Packaging;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Reports.Excel.Streaming;

/// <summary>Adds the table definition (name, range, autofilter, style) that makes a streamed sheet an Excel table.</summary>
internal static class TablePartWriter
{
    public const string RelationshipId = "rId1";

    /// <param name="id">Unique among the workbook's tables.</param>
    /// <param name="range">Header and data rows, e.g. "A1:M101".</param>
    /// <returns>The relationship id the sheet's tablePart refers to.</returns>
    /// <param name="style">The table style's name.</param>
    public static string Add(WorksheetPart part, TableSheet sheet, uint id, string range, string style)
    {
        var tablePart = part.AddNewPart<TableDefinitionPart>(RelationshipId);
        var columns = sheet.Columns.Select((c, i) => new X.TableColumn { Id = (uint)(i + 1), Name = c.Header });
        tablePart.Table = new X.Table(
            new X.AutoFilter { Reference = range },
            new X.TableColumns(columns) { Count = (uint)sheet.Columns.Count },
            new X.TableStyleInfo { Name = style, ShowFirstColumn = false, ShowLastColumn = false, ShowRowStripes = true, ShowColumnStripes = false })
        {
            Id = id,
            Name = sheet.TableName,
            DisplayName = sheet.TableName,
            Reference = range,
            TotalsRowShown = false,
        };
        return RelationshipId;
    }
}
