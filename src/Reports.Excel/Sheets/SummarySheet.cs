using ClosedXML.Excel;
using Reports.Domain.Changes;
using Reports.Domain.Model;
using Reports.Excel.Composition;
using Reports.Excel.Text;

namespace Reports.Excel.Sheets;

/// <summary>The Summary sheet: the event, the headline figures and where the figures come from.</summary>
internal sealed class SummarySheet(IXLWorksheet sheet, WorkbookPlan plan, InjectionGuard guard)
{
    readonly SheetCursor cursor = new(sheet, guard);

    Summit Summit => plan.Summit;

    public void Write(WorkbookOptions options)
    {
        sheet.ShowGridLines = false;
        WriteTitle();
        new SummaryEvent(cursor, plan).Write();
        HeadlineTable.Write(cursor, plan, Summit.Summary.HeadlineIndicatorIds.Select(plan.Find).OfType<Indicator>());
        WriteChanges();
        WriteProvenance(options);
        cursor.Sizer.Apply(sheet, 12, 60);
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
    }

    void WriteTitle()
    {
        cursor.Text(1, Summit.Event.Title).Bold(16);
        cursor.NextRow();
        if (Summit.Event.Subtitle is { } subtitle)
        {
            cursor.Text(1, subtitle).Style.Font.Italic = true;
            cursor.NextRow();
        }
        cursor.NextRow();
    }

    /// <summary>"Changes since 8 May 2025": the change set in a sentence and a link to the Changes sheet.</summary>
    void WriteChanges()
    {
        if (plan.Changes is not { } changes)
            return;
        var texts = plan.Texts;
        cursor.Heading(ChangesHeading(plan, changes));
        Line(texts.Overview(changes));
        cursor.Text(1, plan.Words.Format("summary.changesLink", ("changes", plan.Sheets.Changes), ("indicators", plan.Sheets.Indicators), ("previous", plan.Words["table.previousValue"])))
            .Hyperlink = new XLHyperlink($"'{plan.Sheets.Changes}'!A1");
        cursor.NextRow(2);
    }

    /// <summary>"Changes since 8 May 2025", the title of the workbook's and the brief's change section.</summary>
    public static string ChangesHeading(WorkbookPlan plan, ChangeSet changes) => plan.Words.Format("changes.title", ("date", plan.Texts.Date(changes.Since)));

    void WriteProvenance(WorkbookOptions options)
    {
        var w = plan.Words;
        (string, string)[] names = [("indicators", plan.Sheets.Indicators), ("sources", plan.Sheets.Sources), ("about", plan.Sheets.About)];
        cursor.Heading(w["summary.provenance"]);
        Line(w.Format("summary.provenance.1", names));
        Line(w.Format("summary.provenance.2", names));
        Line(w.Format("summary.provenance.3", [.. names, ("approximately", w["qualifier.approximately"])]));
        Line(w.Format("summary.generated", [.. names, ("version", options.GeneratorVersion), ("file", options.InputFileName), ("at", AboutSheet.Timestamp(options.GeneratedAt))]));
    }

    void Line(string text)
    {
        cursor.Text(1, text);
        cursor.NextRow();
    }
}
