using System.Globalization;
using System.Xml.Linq;
using Reports.Excel.Text;

namespace Reports.Excel.Packaging;

/// <summary>docProps/core.xml, written from <see cref="DocumentProperties"/> rather than taken from ClosedXML,
/// which stamps the current time and a random part name.</summary>
internal static class CorePropertiesXml
{
    public const string PartPath = "docProps/core.xml";
    public const string ContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string RelationshipType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    static readonly XNamespace Dcterms = "http://purl.org/dc/terms/";
    static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static byte[] Create(DocumentProperties properties)
    {
        var date = properties.Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var root = new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", Dcterms),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Dc + "title", CellText.XmlSafe(properties.Title)),
            new XElement(Dc + "subject", CellText.XmlSafe(properties.Subject)),
            new XElement(Dc + "creator", CellText.XmlSafe(properties.Author)),
            new XElement(Cp + "keywords", CellText.XmlSafe(properties.Keywords)),
            new XElement(Dc + "description", CellText.XmlSafe(properties.Description)),
            new XElement(Cp + "lastModifiedBy", CellText.XmlSafe(properties.Author)),
            new XElement(Dcterms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date),
            new XElement(Dcterms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date));
        return PackageXml.Bytes(new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root));
    }
}
