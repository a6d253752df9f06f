using ClosedXML.Excel;
using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Domain.Wording;
using Reports.Excel.Composition;
using Reports.Excel.Formats;

namespace Reports.Excel.Sheets;

/// <summary>
/// The Summary's table of headline figures: each value as a number with its own precision, beside it the unit,
/// qualifier, the figure as the brief writes it, period, kind, id and the indicator's note. Long labels,
/// ids and notes wrap in their columns rather than being cut off by the next cell.
/// </summary>
internal static class HeadlineTable
{
    static string[] Headers(Words w) =>
        [w["table.figure"], w["table.value"], w["table.unit"], w["table.qualifier"], w["table.asInTheBrief"], w["table.period"], w["table.kind"], w["table.indicatorId"], w["table.note"]];

    public static void Write(SheetCursor cursor, WorkbookPlan plan, IEnumerable<Indicator> headlines)
    {
        var headers = Headers(plan.Words);
        cursor.Heading(plan.Words["summary.headlineFigures"]);
        for (var c = 0; c < headers.Length; c++)
            cursor.Measured(c + 1, headers[c]).Bold().Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        // Over the numbers, which Excel aligns right.
        cursor.Cell(2).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        cursor.NextRow();
        foreach (var indicator in headlines)
            WriteRow(cursor, plan.Figures, indicator);
        cursor.NextRow();
    }

    static void WriteRow(SheetCursor cursor, FigureFormatter figures, Indicator indicator)
    {
        var format = NumberFormats.For(indicator.Value, indicator.Unit);
        cursor.Wrapped(1, indicator.Label);
        cursor.Cell(2).SetNumber(indicator.Value, format).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        cursor.Sizer.Measure(2, NumberFormats.Display(indicator.Value, format));
        cursor.Measured(3, indicator.Unit.Id);
        cursor.Measured(4, figures.QualifierWords(indicator.Qualifier));
        cursor.Wrapped(5, figures.Qualified(indicator));
        cursor.Measured(6, indicator.Period);
        cursor.Measured(7, figures.KindWords(indicator.Kind));
        cursor.Wrapped(8, indicator.Id);
        cursor.Wrapped(9, indicator.Note);
        for (var c = 3; c <= 7; c++)
            cursor.Cell(c).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        cursor.NextRow();
    }
}
