using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Reports.Excel.Formats;
using Reports.Excel.Text;

namespace Reports.Excel.Streaming;

/// <summary>
/// Writes a <see cref="TableSheet"/> into an (empty) worksheet part row by row, so memory stays flat however
/// many rows there are. Text goes in as inline strings, numbers as numbers; risky text gets the quote prefix.
/// </summary>
internal sealed class TableSheetWriter(StyleRegistry styles, InjectionGuard guard)
{
    const double LineHeight = 15;
    const double MaxRowHeight = 409;

    static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        NewLineHandling = NewLineHandling.None,
        CloseOutput = false,
    };

    /// <summary>The table style of every table written (a built-in one, or the brand's in the stylesheet).</summary>
    public string TableStyle { get; init; } = Branding.WorkbookLook.Default.TableStyle;

    /// <summary>The sheets run from the right (a right-to-left language: column A at the right edge).</summary>
    public bool RightToLeft { get; init; }

    /// <summary>The printed page number in the workbook's language, "{page}" and "{count}" for the numbers.</summary>
    public string PageNumber { get; init; } = "Page {page} of {count}";

    /// <summary>
    /// Adds the sheet's table, styles and link relationships to the package, and returns what writes the sheet's
    /// XML later, straight into the finished package (<see cref="Packaging.PackageNormaliser"/>): a hundred thousand
    /// rows are then deflated once, not into this package and again into the normalised one.
    /// </summary>
    /// <param name="tableId">Unique among the workbook's tables.</param>
    public Action<Stream> Write(WorksheetPart part, TableSheet sheet, uint tableId)
    {
        var (widths, rowCount, links) = Prepare(part, sheet);
        var range = CellReference.Range(1, 1, sheet.Columns.Count, 1 + Math.Max(rowCount, 1));
        var tableRelationship = TablePartWriter.Add(part, sheet, tableId, range, TableStyle);
        return stream =>
        {
            using var xml = XmlWriter.Create(stream, Settings);
            WorksheetXml.WriteStart(xml, range, widths, RightToLeft);
            WriteHeader(xml, sheet);
            var row = 2;
            foreach (var data in sheet.Rows())
                WriteRow(xml, sheet, data, row++, widths);
            WorksheetXml.WriteEnd(xml, links, tableRelationship, PageNumber);
        };
    }

    /// <summary>One pass over the rows for all the package needs before it is closed: the column widths and the
    /// row count, every cell's style handed out in the order the rows are written, the risky cells counted and
    /// the URL links' relationships added.</summary>
    (double[] Widths, int RowCount, List<SheetLink> Links) Prepare(WorksheetPart part, TableSheet sheet)
    {
        var widths = ColumnWidths.Start(sheet);
        var links = new List<SheetLink>();
        var row = 2;
        foreach (var data in sheet.Rows())
        {
            ColumnWidths.Add(widths, sheet, data);
            for (var i = 0; i < data.Cells.Count && i < sheet.Columns.Count; i++)
            {
                if (data.Cells[i] is TextCell text)
                {
                    StyleOf(text, sheet.Columns[i].Wrap, guard.Neutralise(CellText.Fit(text.Text)));
                    AddLink(part, i + 1, row, text, links);
                }
                else if (data.Cells[i] is NumberCell number)
                {
                    StyleOf(number);
                }
            }
            row++;
        }
        return (ColumnWidths.Finish(widths, sheet), row - 2, links);
    }

    int StyleOf(TextCell cell, bool wrap, bool risky) =>
        styles.IndexOf(new CellStyle(null, wrap, cell.Location is not null || cell.Url is not null, risky));

    int StyleOf(NumberCell cell) => styles.IndexOf(new CellStyle(cell.FormatCode, false, false, false));

    static void WriteHeader(XmlWriter xml, TableSheet sheet)
    {
        StartRow(xml, 1, null);
        for (var i = 0; i < sheet.Columns.Count; i++)
            WriteInlineText(xml, CellReference.Cell(i + 1, 1), 0, sheet.Columns[i].Header);
        xml.WriteEndElement();
    }

    void WriteRow(XmlWriter xml, TableSheet sheet, TableRow data, int row, double[] widths)
    {
        StartRow(xml, row, Height(sheet, data, widths));
        for (var i = 0; i < data.Cells.Count && i < sheet.Columns.Count; i++)
        {
            var reference = CellReference.Cell(i + 1, row);
            switch (data.Cells[i])
            {
                case TextCell text:
                    var fitted = CellText.Fit(text.Text);
                    WriteInlineText(xml, reference, StyleOf(text, sheet.Columns[i].Wrap, InjectionGuard.IsRisky(fitted)), fitted);
                    break;
                case NumberCell number:
                    WriteNumber(xml, reference, number);
                    break;
            }
        }
        xml.WriteEndElement();
    }

    void WriteNumber(XmlWriter xml, string reference, NumberCell cell)
    {
        if (!double.IsFinite(cell.Value))
            throw new ArgumentException($"Cell {reference} would hold {cell.Value}; values must be finite (validate the dataset first).");
        xml.WriteStartElement("c", SpreadsheetNamespaces.Main);
        xml.WriteAttributeString("r", reference);
        xml.WriteAttributeString("s", StyleOf(cell).ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("v", SpreadsheetNamespaces.Main, NumberFormats.Stored(cell.Value));
        xml.WriteEndElement();
    }

    static void WriteInlineText(XmlWriter xml, string reference, int style, string text)
    {
        xml.WriteStartElement("c", SpreadsheetNamespaces.Main);
        xml.WriteAttributeString("r", reference);
        if (style != 0)
            xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("t", "inlineStr");
        xml.WriteStartElement("is", SpreadsheetNamespaces.Main);
        xml.WriteStartElement("t", SpreadsheetNamespaces.Main);
        if (NeedsPreserve(text))
            xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(CellText.Escape(text));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    static void AddLink(WorksheetPart part, int column, int row, TextCell cell, List<SheetLink> links)
    {
        if (cell.Location is not null)
        {
            links.Add(new SheetLink(CellReference.Cell(column, row), cell.Location, null));
        }
        else if (cell.Url is not null)
        {
            var id = "rId" + (links.Count + 2).ToString(CultureInfo.InvariantCulture);
            part.AddHyperlinkRelationship(cell.Url, true, id);
            links.Add(new SheetLink(CellReference.Cell(column, row), null, id));
        }
    }

    static void StartRow(XmlWriter xml, int row, double? height)
    {
        xml.WriteStartElement("row", SpreadsheetNamespaces.Main);
        xml.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
        if (height is { } ht)
        {
            xml.WriteAttributeString("ht", ht.ToString("0.##", CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customHeight", "1");
        }
    }

    // Excel does not grow rows to fit wrapped text when it opens a file, so the height is estimated here.
    static double? Height(TableSheet sheet, TableRow data, double[] widths)
    {
        var lines = 1;
        for (var i = 0; i < data.Cells.Count && i < sheet.Columns.Count; i++)
        {
            if (sheet.Columns[i].Wrap && data.Cells[i] is TextCell text)
                lines = Math.Max(lines, TextWidth.WrappedLines(text.Text, widths[i]));
        }
        return lines > 1 ? Math.Min(MaxRowHeight, lines * LineHeight) : null;
    }

    static bool NeedsPreserve(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n') || text.Contains('\t'));
}
