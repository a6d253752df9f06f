using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Reports.Layout.Tests;

/// <summary>The fonts a PDF's pages use, read from the object graph: base font name and whether its program is embedded (FontFile2/FontFile3).</summary>
internal static class EmbeddedFonts
{
    public static IReadOnlyList<(string Name, bool Embedded)> Of(PdfDocument pdf)
    {
        var fonts = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var p = 1; p <= pdf.NumberOfPages; p++)
        {
            var resources = (DictionaryToken)Resolve(pdf, pdf.GetPage(p).Dictionary.Data["Resources"]);
            if (!resources.Data.TryGetValue("Font", out var fontToken))
                continue;
            foreach (var font in ((DictionaryToken)Resolve(pdf, fontToken)).Data.Values.Select(f => (DictionaryToken)Resolve(pdf, f)))
            {
                var descendant = (DictionaryToken)Resolve(pdf, ((ArrayToken)Resolve(pdf, font.Data["DescendantFonts"])).Data[0]);
                var descriptor = (DictionaryToken)Resolve(pdf, descendant.Data["FontDescriptor"]);
                fonts[((NameToken)font.Data["BaseFont"]).Data] = descriptor.Data.ContainsKey("FontFile2") || descriptor.Data.ContainsKey("FontFile3");
            }
        }

        return [.. fonts.Select(f => (f.Key, f.Value))];
    }

    private static IToken Resolve(PdfDocument pdf, IToken token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;
}
