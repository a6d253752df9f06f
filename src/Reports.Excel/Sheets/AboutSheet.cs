using System.Globalization;
using ClosedXML.Excel;
using Reports.Excel.Composition;
using Reports.Excel.Text;

namespace Reports.Excel.Sheets;

/// <summary>The About sheet: what made this workbook, from which file, when, and what each sheet holds.</summary>
internal sealed class AboutSheet(IXLWorksheet sheet, WorkbookPlan plan, InjectionGuard guard)
{
    public const string GeneratorName = "Reports";

    (string Sheet, string Holds)[] SheetGuide =>
    [
        (plan.Sheets.Summary, Words.Format("about.holds.summary", Names)),
        (plan.Sheets.Changes, Words.Format("about.holds.changes", Names)),
        (plan.Sheets.Indicators, Words.Format("about.holds.indicators", Names)),
        (plan.Sheets.Charts, Words.Format("about.holds.charts", Names)),
        (plan.Sheets.Agreements, Words.Format("about.holds.agreements", Names)),
        (plan.Sheets.Sources, Words.Format("about.holds.sources", Names)),
        (plan.Sheets.About, Words.Format("about.holds.about", Names)),
    ];

    Domain.Wording.Words Words => plan.Words;

    /// <summary>The sheet names a sentence may name: "{indicators}" for the Indicators sheet.</summary>
    (string, string)[] Names => [("indicators", plan.Sheets.Indicators), ("sources", plan.Sheets.Sources), ("changes", plan.Sheets.Changes), ("agreements", plan.Sheets.Agreements), ("about", plan.Sheets.About)];

    readonly ColumnSizer sizer = new();
    int row = 1;

    /// <summary>"2025-05-09 12:00:00 UTC": the moment in UTC, to the second.</summary>
    public static string Timestamp(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public void Write(WorkbookOptions options)
    {
        sheet.ShowGridLines = false;
        sheet.Cell(row, 1).SetText(Words["about.title"], guard).Bold(16);
        row += 2;
        Fact(Words["about.generator"], GeneratorName);
        Fact(Words["about.generatorVersion"], options.GeneratorVersion);
        Fact(Words["about.inputFile"], options.InputFileName);
        Fact(Words["about.inputSha"], options.InputSha256);
        Fact(Words["about.generatedAt"], Timestamp(options.GeneratedAt));
        Fact(Words["about.schemaVersion"], plan.Summit.SchemaVersion);
        Count(Words["table.indicators"], plan.Indicators.Count);
        Count(Words["sheet.charts"], plan.Charts.Count);
        row++;
        sheet.Cell(row++, 1).SetText(Words["about.sheets"], guard).Bold(13);
        foreach (var (name, holds) in SheetGuide.Where(g => plan.SheetOrder.Contains(g.Sheet)))
            Fact(name, holds);
        sizer.Apply(sheet, 12, 100);
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
    }

    void Fact(string label, string value)
    {
        sheet.Cell(row, 1).SetText(label, guard).Bold();
        sheet.Cell(row, 2).SetText(value, guard);
        sizer.Measure(1, label);
        sizer.Measure(2, value);
        row++;
    }

    // A count is a number a reader can sum or compare, left-aligned under the text facts.
    void Count(string label, int count)
    {
        sheet.Cell(row, 1).SetText(label, guard).Bold();
        sheet.Cell(row, 2).SetNumber(count, "#,##0").Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        sizer.Measure(1, label);
        row++;
    }
}
