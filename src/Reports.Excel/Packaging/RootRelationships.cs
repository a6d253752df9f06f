using System.Xml.Linq;

namespace Reports.Excel.Packaging;

/// <summary>
/// The package's _rels/.rels. Nothing inside the package refers to these relationships by id, so they can be
/// renumbered freely: the workbook first, then the core and extended properties, then anything else.
/// </summary>
internal sealed class RootRelationships
{
    static readonly XNamespace Ns = "http://schemas.openxmlformats.org/package/2006/relationships";
    const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    const string ExtendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";

    readonly List<(string Type, string Target)> relationships;

    RootRelationships(List<(string Type, string Target)> relationships) => this.relationships = relationships;

    /// <summary>The core-properties part's path inside the zip (no leading slash), when the package has one.</summary>
    public string? CorePropertiesPath =>
        relationships.Where(r => r.Type == CorePropertiesXml.RelationshipType).Select(r => r.Target.TrimStart('/')).FirstOrDefault();

    public static RootRelationships Read(System.IO.Compression.ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var document = PackageXml.Read(stream);
        var list = document.Root!.Elements(Ns + "Relationship")
            .Select(r => (Type: (string?)r.Attribute("Type") ?? "", Target: (string?)r.Attribute("Target") ?? ""))
            .ToList();
        return new RootRelationships(list);
    }

    /// <summary>The relationships with fixed ids and targets relative to the package root (as Excel writes
    /// them), pointing at docProps/core.xml for the core properties.</summary>
    public byte[] Normalised()
    {
        var others = relationships.Where(r => r.Type != CorePropertiesXml.RelationshipType)
            .Append((Type: CorePropertiesXml.RelationshipType, Target: CorePropertiesXml.PartPath))
            .OrderBy(r => Rank(r.Type)).ThenBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Target, StringComparer.Ordinal)
            .Select((r, i) => new XElement(Ns + "Relationship",
                new XAttribute("Type", r.Type), new XAttribute("Target", RelationshipsXml.Relative("", r.Target)), new XAttribute("Id", "rId" + (i + 1))));
        return PackageXml.Bytes(new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(Ns + "Relationships", others)));
    }

    static int Rank(string type) => type switch
    {
        OfficeDocument => 0,
        CorePropertiesXml.RelationshipType => 1,
        ExtendedProperties => 2,
        _ => 3,
    };
}
