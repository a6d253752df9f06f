using System.Globalization;
using ClosedXML.Excel;
using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Excel.Composition;
using Reports.Excel.Formats;
using Reports.Excel.Text;

namespace Reports.Excel.Sheets;

/// <summary>The Summary sheet: the event, the headline figures and where the figures come from.</summary>
internal sealed class SummarySheet(IXLWorksheet sheet, WorkbookPlan plan, InjectionGuard guard)
{
    const string DateFormat = "d mmmm yyyy";
    static readonly string[] HeadlineHeaders = ["Figure", "Value", "Unit", "Qualifier", "As in the brief", "Period", "Kind", "Indicator id"];

    readonly ColumnSizer sizer = new();
    int row = 1;

    Summit Summit => plan.Summit;

    public void Write(WorkbookOptions options)
    {
        sheet.ShowGridLines = false;
        WriteTitle();
        WriteEvent();
        WriteHeadlines();
        WriteProvenance(options);
        sizer.Apply(sheet, 12, 60);
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
    }

    void WriteTitle()
    {
        sheet.Cell(row++, 1).SetText(Summit.Event.Title, guard).Bold(16);
        if (Summit.Event.Subtitle is { } subtitle)
            sheet.Cell(row++, 1).SetText(subtitle, guard).Style.Font.Italic = true;
        row++;
    }

    void WriteEvent()
    {
        Heading("The event");
        var date = Summit.Event.EndDate is { } end && end != Summit.Event.Date
            ? Label("Date").SetText(DateFormatter.Default.Event(Summit.Event), guard)
            : Label("Date").SetValue(Summit.Event.Date.ToDateTime(TimeOnly.MinValue));
        date.Style.DateFormat.Format = DateFormat;
        date.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        if (Summit.Event.DateInferred || Summit.Event.DateNote is not null)
            sheet.Cell(row - 1, 3).SetText(DateRemark(), guard).Style.Font.Italic = true;
        Measured(Label("Place"), Summit.Event.Place);
        Listed("Parties", Summit.Event.Parties.Select(p => p.NativeName is null ? p.Name : $"{p.Name} ({p.NativeName})"));
        Listed("Leaders", Summit.Event.Leaders.Select(l => $"{l.Name}, {l.Role} ({plan.PartyName(l.PartyId)})"));
        WriteDocumentsSigned();
        if (Find(Summit.Event.DurationIndicatorId) is { } duration)
            Measured(Label("Length of the talks"), FigureFormatter.Default.Qualified(duration));
        row++;
    }

    void WriteDocumentsSigned()
    {
        var listed = Summit.Agreements.Sum(c => c.Documents.Count);
        var indicator = Find(Summit.Event.DocumentsSignedIndicatorId);
        var cell = Label("Documents signed").SetNumber(indicator?.Value ?? listed, "#,##0");
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        // The count keeps its qualifier beside it: "nearly three dozen" is not the same as 36.
        var qualifier = indicator is { Qualifier: not Qualifier.Exact }
            ? $"{FigureFormatter.QualifierWords(indicator.Qualifier)} {indicator.Value.ToString(CultureInfo.InvariantCulture)}{(indicator.QualifierText is { } words ? $" (“{words}”)" : "")}; "
            : "";
        sheet.Cell(cell.Address.RowNumber, 3).SetText($"{qualifier}{listed.ToString(CultureInfo.InvariantCulture)} listed by category on the {SheetNames.Agreements} sheet", guard);
    }

    void WriteHeadlines()
    {
        Heading("Headline figures");
        for (var c = 0; c < HeadlineHeaders.Length; c++)
        {
            var header = sheet.Cell(row, c + 1).SetText(HeadlineHeaders[c], guard).Bold();
            header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
            sizer.Measure(c + 1, HeadlineHeaders[c]);
        }
        row++;
        foreach (var indicator in Summit.Summary.HeadlineIndicatorIds.Select(Find).OfType<Indicator>())
            WriteHeadline(indicator);
        row++;
    }

    void WriteHeadline(Indicator indicator)
    {
        var format = NumberFormats.For(indicator.Unit);
        Measured(sheet.Cell(row, 1), indicator.Label);
        sheet.Cell(row, 2).SetNumber(indicator.Value, format);
        sizer.Measure(2, NumberFormats.Display(indicator.Value, format));
        string?[] texts = [indicator.Unit.Id, FigureFormatter.QualifierWords(indicator.Qualifier), FigureFormatter.Default.Qualified(indicator),
            indicator.Period, FigureFormatter.KindWords(indicator.Kind), indicator.Id];
        for (var i = 0; i < texts.Length; i++)
            Measured(sheet.Cell(row, i + 3), texts[i]);
        row++;
    }

    void WriteProvenance(WorkbookOptions options)
    {
        Heading("Provenance");
        Line("Every figure comes from a quoted source excerpt: the Indicators sheet has one row per figure with its excerpt,");
        Line("and the Sources sheet lists each excerpt with the indicators it supports.");
        Line("Values are stored at full precision (formats only round the display); qualifiers such as \"approximately\" have their own column.");
        Line($"Generated by Reports {options.GeneratorVersion} from {options.InputFileName} at {AboutSheet.Timestamp(options.GeneratedAt)}; details on the About sheet.");
    }

    string DateRemark() =>
        (Summit.Event.DateInferred ? "Date inferred" : "Date") + (Summit.Event.DateNote is { } note ? ": " + note : "");

    Indicator? Find(string? id) =>
        id is not null && plan.Indicators.TryFind(id, out var indicator, out _) ? indicator : null;

    void Heading(string text) => sheet.Cell(row++, 1).SetText(text, guard).Bold(13);

    void Line(string text) => sheet.Cell(row++, 1).SetText(text, guard);

    IXLCell Label(string text)
    {
        Measured(sheet.Cell(row, 1), text).Bold();
        return sheet.Cell(row++, 2);
    }

    void Listed(string label, IEnumerable<string> items)
    {
        var first = true;
        foreach (var item in items)
        {
            Measured(first ? Label(label) : sheet.Cell(row++, 2), item);
            first = false;
        }
    }

    IXLCell Measured(IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text))
            return cell;
        sizer.Measure(cell.Address.ColumnNumber, text);
        return cell.SetText(text, guard);
    }
}
