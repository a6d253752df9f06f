using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Reports.Excel.Packaging;

/// <summary>Writing the package's small XML parts the same way every time.</summary>
internal static class PackageXml
{
    static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        NewLineHandling = NewLineHandling.Entitize,
    };

    public static byte[] Bytes(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
            document.Save(writer);
        return stream.ToArray();
    }

    public static XDocument Read(Stream stream) => XDocument.Load(stream, LoadOptions.None);
}
