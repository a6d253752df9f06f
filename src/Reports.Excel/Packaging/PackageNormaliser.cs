using System.IO.Compression;
using System.Xml.Linq;

namespace Reports.Excel.Packaging;

/// <summary>
/// Rewrites the finished package so that the same input always gives the same bytes. ClosedXML and the
/// packaging library leave the current time on every zip entry and in the core properties, random
/// relationship ids in _rels/.rels and a random core-properties part name; here the entries are written in a
/// fixed order with a fixed time, the root relationships get fixed ids, and the core properties are replaced
/// by <see cref="CorePropertiesXml"/>. Every XML part is written with the prefixes Excel uses (a default
/// namespace for SpreadsheetML, see <see cref="ExcelPrefixes"/>), and the extended properties name Reports as
/// the application.
/// </summary>
internal static class PackageNormaliser
{
    const string ContentTypesPath = "[Content_Types].xml";
    const string RootRelationshipsPath = "_rels/.rels";
    static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Reads the package in <paramref name="package"/> and writes the normalised one to <paramref name="output"/>.</summary>
    /// <param name="written">Parts whose content is written here, by path, in place of the package's (the large
    /// streamed sheets, already in Excel's prefixes): deflated once, never read back.</param>
    public static void Normalise(Stream package, DocumentProperties properties, Stream output, IReadOnlyDictionary<string, Action<Stream>>? written = null)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var rootRelationships = RootRelationships.Read(Entry(source, RootRelationshipsPath));
        var corePart = rootRelationships.CorePropertiesPath;
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(target, ContentTypesPath, ContentTypes(Entry(source, ContentTypesPath), corePart));
        Add(target, RootRelationshipsPath, rootRelationships.Normalised());
        Add(target, CorePropertiesXml.PartPath, CorePropertiesXml.Create(properties));
        var skipped = new HashSet<string>(StringComparer.Ordinal) { ContentTypesPath, RootRelationshipsPath, CorePropertiesXml.PartPath };
        if (corePart is not null)
            skipped.Add(corePart);
        foreach (var entry in source.Entries.Where(e => !skipped.Contains(e.FullName)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            Copy(entry, target, properties, written);
    }

    static ZipArchiveEntry Entry(ZipArchive archive, string path) =>
        archive.GetEntry(path) ?? throw new InvalidOperationException($"The package has no {path}; it is not an Open XML package.");

    static byte[] ContentTypes(ZipArchiveEntry entry, string? corePart)
    {
        XDocument document;
        using (var stream = entry.Open())
            document = PackageXml.Read(stream);
        var types = document.Root!;
        var ns = types.Name.Namespace;
        var defaults = types.Elements(ns + "Default")
            .Where(d => (string?)d.Attribute("ContentType") != CorePropertiesXml.ContentType)
            .OrderBy(d => (string?)d.Attribute("Extension"), StringComparer.Ordinal).ToList();
        var overrides = types.Elements(ns + "Override")
            .Where(o => (string?)o.Attribute("ContentType") != CorePropertiesXml.ContentType && "/" + corePart != (string?)o.Attribute("PartName"))
            .Append(new XElement(ns + "Override", new XAttribute("PartName", "/" + CorePropertiesXml.PartPath), new XAttribute("ContentType", CorePropertiesXml.ContentType)))
            .OrderBy(o => (string?)o.Attribute("PartName"), StringComparer.Ordinal).ToList();
        return PackageXml.Bytes(new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(ns + "Types", defaults, overrides)));
    }

    static void Add(ZipArchive archive, string path, byte[] content)
    {
        var entry = archive.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }

    static void Copy(ZipArchiveEntry entry, ZipArchive archive, DocumentProperties properties, IReadOnlyDictionary<string, Action<Stream>>? written)
    {
        if (written?.GetValueOrDefault(entry.FullName) is { } write)
        {
            var part = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            part.LastWriteTime = EntryTime;
            using var stream = part.Open();
            using (var blocks = new BlockWriteStream(stream))
                write(blocks);
            return;
        }
        if (entry.FullName == ExtendedPropertiesXml.PartPath)
        {
            using var part = entry.Open();
            Add(archive, entry.FullName, ExtendedPropertiesXml.Rewrite(part, properties.Application, properties.Company));
            return;
        }
        if (RelationshipsXml.IsRelationshipsPart(entry.FullName))
        {
            using var part = entry.Open();
            Add(archive, entry.FullName, RelationshipsXml.Rewrite(entry.FullName, part));
            return;
        }
        var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
        copy.LastWriteTime = EntryTime;
        using var to = copy.Open();
        if (PrefixToApply(entry) is { } prefix)
        {
            using var from = entry.Open();
            PartXml.Rewrite(from, to, prefix);
        }
        else
        {
            using var from = entry.Open();
            from.CopyTo(to);
        }
    }

    // Only parts whose root prefix differs from Excel's are rewritten; the large streamed sheets already match.
    static string? PrefixToApply(ZipArchiveEntry entry)
    {
        if (!PartXml.IsXml(entry.FullName))
            return null;
        using var part = entry.Open();
        return PartXml.PrefixToApply(part);
    }
}
