using System.Globalization;
using System.Xml;

namespace Reports.Excel.Streaming;

/// <summary>
/// The parts of a streamed table sheet around its rows, in the order the schema requires: frozen header,
/// column widths, links, landscape page fitted to one page wide with the sheet name and page numbers in the footer.
/// </summary>
internal static class WorksheetXml
{
    const string Main = SpreadsheetNamespaces.Main;

    public static void WriteStart(XmlWriter xml, string dimension, IReadOnlyList<double> widths, bool rightToLeft = false)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", Main);
        xml.WriteAttributeString("xmlns", "r", null, SpreadsheetNamespaces.Relationships);
        xml.WriteStartElement("sheetPr", Main);
        Empty(xml, "pageSetUpPr", ("fitToPage", "1"));
        xml.WriteEndElement();
        Empty(xml, "dimension", ("ref", dimension));
        WriteFrozenHeader(xml, rightToLeft);
        Empty(xml, "sheetFormatPr", ("defaultRowHeight", "15"));
        WriteColumns(xml, widths);
        xml.WriteStartElement("sheetData", Main);
    }

    /// <summary>Closes the sheet data and writes everything after it.</summary>
    /// <param name="pageNumber">The footer's page number, "{page}" and "{count}" for the numbers ("Page {page} of {count}").</param>
    public static void WriteEnd(XmlWriter xml, IReadOnlyList<SheetLink> links, string tableRelationshipId, string pageNumber = "Page {page} of {count}")
    {
        xml.WriteEndElement();
        WriteLinks(xml, links);
        Empty(xml, "pageMargins", ("left", "0.5"), ("right", "0.5"), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"), ("footer", "0.3"));
        Empty(xml, "pageSetup", ("paperSize", "9"), ("orientation", "landscape"), ("fitToWidth", "1"), ("fitToHeight", "0"));
        xml.WriteStartElement("headerFooter", Main);
        // "&" starts a code in a header or footer: a literal one is doubled before the page codes go in.
        var number = pageNumber.Replace("&", "&&", StringComparison.Ordinal).Replace("{page}", "&P", StringComparison.Ordinal).Replace("{count}", "&N", StringComparison.Ordinal);
        xml.WriteElementString("oddFooter", Main, "&L&A&R" + number);
        xml.WriteEndElement();
        xml.WriteStartElement("tableParts", Main);
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("tablePart", Main);
        xml.WriteAttributeString("r", "id", SpreadsheetNamespaces.Relationships, tableRelationshipId);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    static void WriteFrozenHeader(XmlWriter xml, bool rightToLeft)
    {
        xml.WriteStartElement("sheetViews", Main);
        xml.WriteStartElement("sheetView", Main);
        if (rightToLeft)
            xml.WriteAttributeString("rightToLeft", "1");
        xml.WriteAttributeString("workbookViewId", "0");
        Empty(xml, "pane", ("ySplit", "1"), ("topLeftCell", "A2"), ("activePane", "bottomLeft"), ("state", "frozen"));
        Empty(xml, "selection", ("pane", "bottomLeft"), ("activeCell", "A2"), ("sqref", "A2"));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    static void WriteColumns(XmlWriter xml, IReadOnlyList<double> widths)
    {
        xml.WriteStartElement("cols", Main);
        for (var i = 0; i < widths.Count; i++)
        {
            var column = (i + 1).ToString(CultureInfo.InvariantCulture);
            Empty(xml, "col", ("min", column), ("max", column), ("width", widths[i].ToString("0.##", CultureInfo.InvariantCulture)), ("customWidth", "1"));
        }
        xml.WriteEndElement();
    }

    static void WriteLinks(XmlWriter xml, IReadOnlyList<SheetLink> links)
    {
        if (links.Count == 0)
            return;
        xml.WriteStartElement("hyperlinks", Main);
        foreach (var link in links)
        {
            xml.WriteStartElement("hyperlink", Main);
            xml.WriteAttributeString("ref", link.CellReference);
            if (link.RelationshipId is not null)
                xml.WriteAttributeString("r", "id", SpreadsheetNamespaces.Relationships, link.RelationshipId);
            if (link.Location is not null)
                xml.WriteAttributeString("location", link.Location);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    static void Empty(XmlWriter xml, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name, Main);
        foreach (var (attribute, value) in attributes)
            xml.WriteAttributeString(attribute, value);
        xml.WriteEndElement();
    }
}
