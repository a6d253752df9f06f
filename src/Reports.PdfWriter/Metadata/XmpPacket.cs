using System.Security;
using System.Text;
using Reports.PdfWriter.Document;

namespace Reports.PdfWriter.Metadata;

/// <summary>
/// The XMP metadata packet: Dublin Core title (lang-alt), creator, description and language, the dates, the
/// producer and keywords, document and instance ids, and the claims of <see cref="PdfStandard"/>: pdfaid part 2
/// with conformance A/B/U, pdfuaid part 1. PDF/A accepts only predefined schemas unless described, and pdfuaid
/// is not one, so a PDF/UA claim carries its pdfaExtension schema description. The packet header has no
/// bytes or encoding attribute (PDF/A forbids them).
/// </summary>
internal static class XmpPacket
{
    public static byte[] Build(DocumentInfo info, PdfStandard standard, string documentId, string instanceId)
    {
        var modified = info.Modified ?? info.Created;
        var x = new StringBuilder();
        x.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
            .Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"");
        if (standard != PdfStandard.None)
            x.Append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        if (standard == PdfStandard.Ua1A2a)
        {
            x.Append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .Append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"");
        }

        x.Append(">\n<dc:format>application/pdf</dc:format>\n");
        x.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (info.Author is { } author)
            x.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (info.Subject is { } subject)
            x.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        x.Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(info.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        Property(x, "xmp:CreateDate", PdfDates.Xmp(info.Created));
        Property(x, "xmp:ModifyDate", PdfDates.Xmp(modified));
        Property(x, "xmp:MetadataDate", PdfDates.Xmp(modified));
        if (info.Creator is { } creator)
            Property(x, "xmp:CreatorTool", creator);
        Property(x, "pdf:Producer", info.Producer);
        if (info.Keywords is { } keywords)
            Property(x, "pdf:Keywords", keywords);
        Property(x, "xmpMM:DocumentID", documentId);
        Property(x, "xmpMM:InstanceID", instanceId);
        Claims(x, standard);
        x.Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return Encoding.UTF8.GetBytes(x.ToString());
    }

    private static void Claims(StringBuilder x, PdfStandard standard)
    {
        if (standard == PdfStandard.None)
            return;
        Property(x, "pdfaid:part", "2");
        Property(x, "pdfaid:conformance", standard switch { PdfStandard.A2b => "B", PdfStandard.A2u => "U", _ => "A" });
        if (standard != PdfStandard.Ua1A2a)
            return;
        Property(x, "pdfuaid:part", "1");
        x.Append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
            .Append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
            .Append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
            .Append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
            .Append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
            .Append("<pdfaProperty:name>part</pdfaProperty:name>\n<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
            .Append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
            .Append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n")
            .Append("</rdf:li></rdf:Seq></pdfaSchema:property>\n</rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
    }

    private static void Property(StringBuilder x, string name, string value) =>
        x.Append('<').Append(name).Append('>').Append(Escape(value)).Append("</").Append(name).Append(">\n");

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}
