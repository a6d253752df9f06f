using System.Text;
using Reports.PdfWriter.Content;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// Writes a link annotation: printable (<c>/F 4</c>, PDF/A), borderless, with its <c>/Contents</c> and
/// <c>/StructParent</c>, and a GoTo (named destination) or URI action, no other kind.
/// </summary>
internal static class AnnotationWriter
{
    public static void Write(DocumentState document, LinkAnnotation link, AnnotationRecord record, int page, double pageHeight)
    {
        var a = link.Area;
        var body = document.Scratch.Cleared().Raw("<</Type /Annot /Subtype /Link /Rect [").Number(a.X).Space().Number(pageHeight - a.Bottom)
            .Space().Number(a.Right).Space().Number(pageHeight - a.Y).Raw("] /Border [0 0 0] /F 4 /P ").Ref(page)
            .Raw(" /StructParent ").Int(record.StructParent).Raw(" /Contents ").Text(link.Contents).Raw(" /A <<");
        _ = link.Target switch
        {
            DestinationTarget d => body.Raw("/S /GoTo /D ").Text(d.Name),
            UriTarget u => body.Raw("/S /URI /URI ").Literal(Ascii(u.Uri)),
            _ => throw new ArgumentException($"Unknown link target {link.Target.GetType().Name}."),
        };
        document.Output.WriteObject(record.ObjectNumber, body.Raw(">>>>"));
    }

    /// <summary>URIs in PDF are 7-bit ASCII: other characters are percent-encoded as UTF-8.</summary>
    private static string Ascii(string uri)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(uri))
            builder.Append(b is >= 0x21 and < 0x7F ? ((char)b).ToString() : $"%{b:X2}");
        return builder.ToString();
    }
}
