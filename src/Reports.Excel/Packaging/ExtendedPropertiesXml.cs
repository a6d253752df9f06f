using System.Xml.Linq;
using Reports.Excel.Text;

namespace Reports.Excel.Packaging;

/// <summary>
/// docProps/app.xml as ClosedXML wrote it (sheet names and their counts), but naming the application that
/// really made the file rather than "Microsoft Excel", and with the default namespace Excel uses.
/// </summary>
internal static class ExtendedPropertiesXml
{
    public const string PartPath = "docProps/app.xml";
    public const string Namespace = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

    static readonly XNamespace Ns = Namespace;

    public static byte[] Rewrite(Stream part, string application, string? company = null)
    {
        var document = PackageXml.Read(part);
        var root = document.Root!;
        foreach (var element in document.Descendants())
            element.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == Namespace).Remove();
        var name = root.Element(Ns + "Application");
        if (name is null)
            root.AddFirst(name = new XElement(Ns + "Application"));
        name.Value = CellText.XmlSafe(application);
        // A version Excel would not recognise as its own ("16.0300"); the version is in the name instead.
        root.Elements(Ns + "AppVersion").Remove();
        root.Elements(Ns + "Company").Remove();
        if (company is not null)
            name.AddAfterSelf(new XElement(Ns + "Company", CellText.XmlSafe(company)));
        return PackageXml.Bytes(new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root));
    }
}
