using Reports.PdfWriter.Content;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// Writes a form as a Form XObject when it is placed: its graphics in its own box (flipped to PDF space by
/// its height), sharing the document's font dictionary. Each placement writes its own XObject, so a form
/// never carries marked content two places would share.
/// </summary>
internal static class FormWriter
{
    public static int Write(DocumentState document, Form form, string where)
    {
        var content = new PdfBuffer();
        foreach (var graphic in form.Content)
            document.Graphics.Write(content, graphic, form.Height, where + ", in a form");
        var number = document.Output.Reserve();
        var dictionary = document.Scratch.Cleared().Raw("/Type /XObject /Subtype /Form /BBox [0 0 ").Number(form.Width).Space()
            .Number(form.Height).Raw("] /Resources <</Font ").Ref(document.FontDictionary);
        document.Opacities.Resource(dictionary).Raw(">>");
        document.Output.WriteStream(number, dictionary, content.Span);
        return number;
    }
}
