using System.Globalization;
using ClosedXML.Excel;
using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Excel.Composition;
using Reports.Excel.Formats;

namespace Reports.Excel.Sheets;

/// <summary>
/// The Summary's event block: the date and how it was established, the place, the parties and leaders with
/// their names in their own scripts, the documents signed and the length of the talks. A count the dataset
/// does not state is not printed: without a documents-signed indicator there is no number of documents.
/// </summary>
internal sealed class SummaryEvent(SheetCursor cursor, WorkbookPlan plan)
{
    const string DateFormat = "d mmmm yyyy";
    const string DateDisplay = "d MMMM yyyy";

    SummitEvent Event => plan.Summit.Event;

    public void Write()
    {
        cursor.Heading(plan.Words["event.title"]);
        WriteDate();
        Facts(plan.Words["event.place"], [Event.Place]);
        Facts(plan.Words["event.parties"], Event.Parties.Select(p => WithNativeName(p.Name, p.NativeName)));
        Facts(plan.Words["event.leaders"], Event.Leaders.Select(l => $"{WithNativeName(l.Name, l.NativeName)}, {l.Role} ({plan.PartyName(l.PartyId)})"));
        WriteDocumentsSigned();
        if (plan.Find(Event.DurationIndicatorId) is { } duration)
            Figure(plan.Words["event.length"], duration);
        cursor.NextRow();
    }

    /// <summary>"Vladimir Putin (Владимир Путин)"; the name alone when the native name is missing or the same.</summary>
    public static string WithNativeName(string name, string? nativeName) =>
        string.IsNullOrWhiteSpace(nativeName) || string.Equals(nativeName.Trim(), name.Trim(), StringComparison.Ordinal)
            ? name
            : $"{name} ({nativeName})";

    void WriteDate()
    {
        cursor.Label(plan.Words["event.date"]);
        // A summit of several days is a range of dates, text ("22–24 October 2024"); one day is a real date.
        if (Event.EndDate is { } end && end != Event.Date)
        {
            var range = new DateFormatter(plan.Figures.Culture, plan.Words).Event(Event);
            cursor.Text(2, range).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            cursor.Sizer.Measure(2, range);
        }
        else
        {
            var date = cursor.Cell(2).SetValue(Event.Date.ToDateTime(TimeOnly.MinValue));
            date.Style.DateFormat.Format = DateFormat;
            date.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            cursor.Sizer.Measure(2, Event.Date.ToString(DateDisplay, CultureInfo.InvariantCulture));
        }
        if (Event.DateInferred || Event.DateNote is not null)
            cursor.Text(3, plan.Words[Event.DateInferred ? "event.dateInferred" : "event.date"] + (Event.DateNote is { } note ? ": " + note : "")).Style.Font.Italic = true;
        cursor.NextRow();
    }

    void WriteDocumentsSigned()
    {
        if (plan.Find(Event.DocumentsSignedIndicatorId) is { } indicator)
        {
            Figure(plan.Words["event.documentsSigned"], indicator);
        }
        else if (plan.Summit.Agreements.Count > 0)
        {
            cursor.Label(plan.Sheets.Agreements);
            cursor.Text(2, plan.Words.Format("event.agreementsListed", ("agreements", plan.Sheets.Agreements)));
            cursor.NextRow();
        }
    }

    // The value as a number with its own precision; beside it the figure as the brief gives it, the source's
    // wording of the qualifier and the indicator's note.
    void Figure(string label, Indicator indicator)
    {
        cursor.Label(label);
        var format = NumberFormats.For(indicator.Value, indicator.Unit);
        cursor.Cell(2).SetNumber(indicator.Value, format).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        cursor.Sizer.Measure(2, NumberFormats.Display(indicator.Value, format));
        var remark = plan.Figures.Qualified(indicator)
            + (indicator.QualifierText is { } words ? $" (“{words}”)" : "")
            + (indicator.Note is { } note ? " — " + note : "");
        cursor.Text(3, remark);
        cursor.NextRow();
    }

    void Facts(string label, IEnumerable<string> items)
    {
        var first = true;
        foreach (var item in items.Where(i => !string.IsNullOrEmpty(i)))
        {
            if (first)
                cursor.Label(label);
            cursor.Text(2, item);
            cursor.NextRow();
            first = false;
        }
    }
}
