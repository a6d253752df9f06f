using System.Security.Cryptography;
using System.Text;
using Reports.PdfWriter.Document;
using Reports.PdfWriter.Metadata;

namespace Reports.PdfWriter.Writing;

/// <summary>The Info dictionary, the XMP stream (uncompressed, as PDF/A wants) and the sRGB output intent.</summary>
internal static class MetadataWriter
{
    /// <summary>Returns the Info, Metadata and OutputIntent objects.</summary>
    public static (int Info, int Metadata, int Intent) Write(PdfOutput output, DocumentInfo info, PdfStandard standard, byte[] contentHash)
    {
        var identity = SHA256.HashData(Encoding.UTF8.GetBytes($"{info.Title}\n{PdfDates.Xmp(info.Created)}\n{standard}"));
        var metadata = output.Reserve();
        output.WriteStream(metadata, new PdfBuffer().Raw("/Type /Metadata /Subtype /XML"),
            XmpPacket.Build(info, standard, Uuid(identity), Uuid(contentHash)), compress: false);

        var profile = output.Reserve();
        output.WriteStream(profile, new PdfBuffer().Raw("/N 3"), SrgbProfile.Bytes);
        var intent = output.Reserve();
        output.WriteObject(intent, new PdfBuffer().Raw("<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier ")
            .Literal(SrgbProfile.Identifier).Raw(" /Info ").Literal(SrgbProfile.Identifier).Raw(" /DestOutputProfile ").Ref(profile).Raw(">>"));

        var dictionary = output.Reserve();
        var body = new PdfBuffer().Raw("<</Title ").Text(info.Title);
        if (info.Author is { } author)
            body.Raw(" /Author ").Text(author);
        if (info.Subject is { } subject)
            body.Raw(" /Subject ").Text(subject);
        if (info.Keywords is { } keywords)
            body.Raw(" /Keywords ").Text(keywords);
        if (info.Creator is { } creator)
            body.Raw(" /Creator ").Text(creator);
        body.Raw(" /Producer ").Text(info.Producer).Raw(" /CreationDate ").Literal(PdfDates.Info(info.Created))
            .Raw(" /ModDate ").Literal(PdfDates.Info(info.Modified ?? info.Created));
        output.WriteObject(dictionary, body.Raw(">>"));
        return (dictionary, metadata, intent);
    }

    /// <summary>A UUID-shaped id from the first 16 bytes of a hash.</summary>
    public static string Uuid(byte[] hash) => "uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
}
