using Reports.PdfWriter.Tests;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Reports.Pdf.Tests;

/// <summary>
/// The fonts a PDF's pages use, read from the object graph, once per font object (two objects of one name are
/// two fonts): base font name, whether its program is embedded (FontFile2/FontFile3), and the program's size in
/// bytes (inflated; 0 when not embedded).
/// </summary>
internal static class EmbeddedFonts
{
    public static IReadOnlyList<(string Name, bool Embedded, int ProgramBytes)> Of(PdfDocument pdf)
    {
        var objects = new PdfObjects(pdf);
        var fonts = new Dictionary<long, (string, bool, int)>();
        for (var p = 1; p <= pdf.NumberOfPages; p++)
        {
            var resources = objects.Dictionary(objects.Page(p), "Resources");
            if (objects.Get(resources, "Font") is not DictionaryToken fontDictionary)
                continue;
            foreach (var reference in fontDictionary.Data.Values)
            {
                var font = (DictionaryToken)objects.Resolve(reference);
                var descendant = (DictionaryToken)objects.Array(font, "DescendantFonts")[0];
                var descriptor = objects.Dictionary(descendant, "FontDescriptor");
                var program = objects.Get(descriptor, "FontFile2") ?? objects.Get(descriptor, "FontFile3");
                fonts[((IndirectReferenceToken)reference).Data.ObjectNumber] = (((NameToken)font.Data["BaseFont"]).Data, program is not null, program is StreamToken s ? PdfObjects.Data(s).Length : 0);
            }
        }

        return [.. fonts.Values];
    }
}
