using System.Text;
using System.Xml;

namespace Reports.Excel.Packaging;

/// <summary>
/// Rewrites an XML part so that its root namespace carries the prefix Excel gives it (see
/// <see cref="ExcelPrefixes"/>): the Open XML SDK, and ClosedXML through it, write "x:worksheet" and
/// "ap:Properties" where Excel writes "worksheet" and "Properties". Streams node by node, so a part of any size
/// costs no more memory than a small one; every other namespace keeps its prefix and declaration, as markup
/// compatibility attributes ("mc:Ignorable") name prefixes.
/// </summary>
internal static class PartXml
{
    const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, CloseInput = false };

    static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    public static bool IsXml(string path) =>
        path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>The prefix the part's root element should have, or null when it already has it (or Excel's
    /// conventions do not cover its namespace).</summary>
    public static string? PrefixToApply(Stream part)
    {
        using var reader = XmlReader.Create(part, ReaderSettings);
        reader.MoveToContent();
        var wanted = ExcelPrefixes.ForRoot(reader.NamespaceURI);
        return wanted is null || wanted == reader.Prefix ? null : wanted;
    }

    /// <summary>Copies the part from <paramref name="from"/> to <paramref name="to"/> with its root namespace
    /// bound to <paramref name="rootPrefix"/> ("" for a default namespace).</summary>
    public static void Rewrite(Stream from, Stream to, string rootPrefix)
    {
        using var reader = XmlReader.Create(from, ReaderSettings);
        using var writer = XmlWriter.Create(to, WriterSettings);
        writer.WriteStartDocument(standalone: true);
        string? rootNamespace = null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                rootNamespace ??= reader.NamespaceURI;
                CopyElement(reader, writer, rootNamespace, rootPrefix);
            }
            else
            {
                CopyNode(reader, writer);
            }
        }
        writer.WriteEndDocument();
    }

    static void CopyElement(XmlReader reader, XmlWriter writer, string rootNamespace, string rootPrefix)
    {
        var prefix = reader.NamespaceURI == rootNamespace ? rootPrefix : reader.Prefix;
        writer.WriteStartElement(prefix, reader.LocalName, reader.NamespaceURI);
        var empty = reader.IsEmptyElement;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                // The writer declares the root namespace itself, with the prefix wanted, wherever it is needed.
                if (reader.NamespaceURI == XmlnsNamespace && reader.Value == rootNamespace)
                    continue;
                writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value);
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        if (empty)
            writer.WriteEndElement();
    }

    static void CopyNode(XmlReader reader, XmlWriter writer)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.EndElement:
                writer.WriteFullEndElement();
                break;
            case XmlNodeType.Text:
                writer.WriteString(reader.Value);
                break;
            case XmlNodeType.Whitespace:
            case XmlNodeType.SignificantWhitespace:
                writer.WriteWhitespace(reader.Value);
                break;
            case XmlNodeType.CDATA:
                writer.WriteCData(reader.Value);
                break;
            case XmlNodeType.Comment:
                writer.WriteComment(reader.Value);
                break;
            case XmlNodeType.ProcessingInstruction:
                writer.WriteProcessingInstruction(reader.Name, reader.Value);
                break;
        }
    }
}
