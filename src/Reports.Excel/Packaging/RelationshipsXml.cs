using System.Xml.Linq;

namespace Reports.Excel.Packaging;

/// <summary>
/// A part's relationships (xl/_rels/workbook.xml.rels, a sheet's rels…) with internal targets written relative
/// to the part, as Excel writes them ("../tables/table1.xml"). The Open XML SDK writes absolute targets
/// ("/xl/tables/table1.xml"), which ExcelJS cannot resolve to the sheet, table or drawing they name.
/// </summary>
internal static class RelationshipsXml
{
    static readonly XNamespace Ns = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static bool IsRelationshipsPart(string path) => path.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <param name="path">The relationships part's own path in the package, e.g. "xl/worksheets/_rels/sheet2.xml.rels".</param>
    public static byte[] Rewrite(string path, Stream part)
    {
        var document = PackageXml.Read(part);
        var folder = SourceFolder(path);
        foreach (var relationship in document.Root!.Elements(Ns + "Relationship"))
        {
            if ((string?)relationship.Attribute("TargetMode") == "External" || relationship.Attribute("Target") is not { } target)
                continue;
            target.Value = Relative(folder, target.Value);
        }
        return PackageXml.Bytes(new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), document.Root));
    }

    /// <summary>"../tables/table1.xml" for "/xl/tables/table1.xml" seen from "xl/worksheets"; a target that is
    /// already relative is kept.</summary>
    public static string Relative(string folder, string target)
    {
        if (!target.StartsWith('/'))
            return target;
        var from = folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = target.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
            common++;
        return string.Join('/', Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common)));
    }

    // "xl/worksheets/_rels/sheet2.xml.rels" describes "xl/worksheets/sheet2.xml", whose folder is "xl/worksheets".
    static string SourceFolder(string path)
    {
        var relsFolder = path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";
        return relsFolder == "_rels" ? "" : relsFolder.EndsWith("/_rels", StringComparison.Ordinal) ? relsFolder[..^"/_rels".Length] : relsFolder;
    }
}
