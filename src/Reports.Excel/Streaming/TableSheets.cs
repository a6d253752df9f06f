using DocumentFormat.OpenXml.Packaging;
using Reports.Excel.Charts;
using Reports.Excel.Composition;
using Reports.Excel.Tables;
using Reports.Excel.Text;

namespace Reports.Excel.Streaming;

/// <summary>
/// The second stage, on the package ClosedXML saved: streams the table sheets (Indicators, Agreements, Sources)
/// (and Changes, when there is a comparison), adds the native charts and appends the styles the streamed cells use.
/// The table sheets' parts keep ClosedXML's empty sheets: their XML is written by the returned writers, keyed by
/// part path, when the package is normalised.
/// </summary>
internal static class TableSheets
{
    public static IReadOnlyDictionary<string, Action<Stream>> Complete(Stream package, WorkbookPlan plan, InjectionGuard guard)
    {
        package.Position = 0;
        using var document = SpreadsheetDocument.Open(package, isEditable: true);
        var workbook = document.WorkbookPart ?? throw new InvalidOperationException("ClosedXML saved a package without a workbook part.");
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet ?? throw new InvalidOperationException("ClosedXML saved a package without styles.");
        var styles = new StyleRegistry(stylesheet);
        var writer = new TableSheetWriter(styles, guard)
        {
            TableStyle = plan.Look.TableStyle,
            RightToLeft = plan.Words.Language.RightToLeft,
            PageNumber = plan.Words["footer.pageXOfY"],
        };
        var tableId = NextTableId(workbook);
        var sheets = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal);
        void Write(string name, TableSheet sheet, uint id)
        {
            var part = SheetPart(workbook, name);
            sheets.Add(part.Uri.OriginalString.TrimStart('/'), writer.Write(part, sheet, id));
        }
        Write(plan.Sheets.Indicators, IndicatorsTable.Create(plan), tableId++);
        Write(plan.Sheets.Agreements, AgreementsTable.Create(plan), tableId++);
        Write(plan.Sheets.Sources, SourcesTable.Create(plan), tableId++);
        if (plan.Changes is { } changes)
            Write(plan.Sheets.Changes, ChangesTable.Create(plan, changes), tableId);
        string[] tables = [plan.Sheets.Changes, plan.Sheets.Indicators, plan.Sheets.Agreements, plan.Sheets.Sources];
        foreach (var name in plan.SheetOrder.Where(tables.Contains))
            PrintTitles.RepeatHeaderRow(workbook, name);
        ChartInjector.Add(SheetPart(workbook, plan.Sheets.Charts), plan.Charts, plan.Look.ChartPalette);
        styles.Commit();
        Branding.TableStyleWriter.Add(stylesheet, plan.Look);
        stylesheet.Save();
        return sheets;
    }

    // Only the relationship is followed: loading the part's XML would make the SDK write it back over the stream.
    static WorksheetPart SheetPart(WorkbookPart workbook, string name)
    {
        var sheet = workbook.Workbook.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().FirstOrDefault(s => s.Name?.Value == name)
            ?? throw new InvalidOperationException($"The workbook has no sheet named {name}; ClosedXML should have made it.");
        return (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
    }

    static uint NextTableId(WorkbookPart workbook) =>
        workbook.WorksheetParts.SelectMany(w => w.TableDefinitionParts).Select(t => t.Table.Id?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1;
}
