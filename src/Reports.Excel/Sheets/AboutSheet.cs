using System.Globalization;
using ClosedXML.Excel;
using Reports.Excel.Composition;
using Reports.Excel.Text;

namespace Reports.Excel.Sheets;

/// <summary>The About sheet: what made this workbook, from which file, when, and what each sheet holds.</summary>
internal sealed class AboutSheet(IXLWorksheet sheet, WorkbookPlan plan, InjectionGuard guard)
{
    public const string GeneratorName = "Reports";

    static readonly (string Sheet, string Holds)[] SheetGuide =
    [
        (SheetNames.Summary, "The event, its headline figures and where the figures come from."),
        (SheetNames.Changes, "What changed since the earlier edition: figures changed, added and removed with old and new values, and the key judgements, agreements, quotes and sources added or removed."),
        (SheetNames.Indicators, "Every figure: one row each, the value as a number, its qualifier, unit, period, kind and source excerpt."),
        (SheetNames.Charts, "Native charts; each reads a block of cells that take their values from the Indicators sheet."),
        (SheetNames.Agreements, "The documents signed, by category."),
        (SheetNames.Sources, "Every source excerpt with the indicators it supports."),
        (SheetNames.About, "This page."),
    ];

    readonly ColumnSizer sizer = new();
    int row = 1;

    /// <summary>"2025-05-09 12:00:00 UTC": the moment in UTC, to the second.</summary>
    public static string Timestamp(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public void Write(WorkbookOptions options)
    {
        sheet.ShowGridLines = false;
        sheet.Cell(row, 1).SetText("About this workbook", guard).Bold(16);
        row += 2;
        Fact("Generator", GeneratorName);
        Fact("Generator version", options.GeneratorVersion);
        Fact("Input file", options.InputFileName);
        Fact("Input SHA-256", options.InputSha256);
        Fact("Generated at", Timestamp(options.GeneratedAt));
        Fact("Schema version", plan.Summit.SchemaVersion);
        Count("Indicators", plan.Indicators.Count);
        Count("Charts", plan.Charts.Count);
        row++;
        sheet.Cell(row++, 1).SetText("Sheets", guard).Bold(13);
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
