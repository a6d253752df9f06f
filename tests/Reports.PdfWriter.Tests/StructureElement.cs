using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Reports.PdfWriter.Tests;

/// <summary>A structure element read back from the file: its type, attributes and kids (elements, MCIDs with their page, OBJRs).</summary>
internal sealed record StructureElement(
    string Type,
    DictionaryToken Dictionary,
    IReadOnlyList<StructureElement> Elements,
    IReadOnlyList<(int Page, int Mcid)> Contents,
    IReadOnlyList<IndirectReference> Annotations,
    IndirectReference? Parent)
{
    /// <summary>Reads the tree below the StructTreeRoot; pages are given by object number → 1-based page number.</summary>
    public static IReadOnlyList<StructureElement> ReadTree(PdfObjects pdf, IReadOnlyDictionary<long, int> pageNumbers)
    {
        var root = pdf.Dictionary(pdf.Catalog, "StructTreeRoot");
        return [.. ((ArrayToken)root.Data["K"]).Data.Select(k => Read(pdf, (IndirectReferenceToken)k, pageNumbers))];
    }

    private static StructureElement Read(PdfObjects pdf, IndirectReferenceToken reference, IReadOnlyDictionary<long, int> pages)
    {
        var dictionary = (DictionaryToken)pdf.Resolve(reference);
        var page = dictionary.Data.TryGetValue("Pg", out var pg) ? pages[((IndirectReferenceToken)pg).Data.ObjectNumber] : 0;
        var (elements, contents, annotations) = (new List<StructureElement>(), new List<(int, int)>(), new List<IndirectReference>());
        var kids = dictionary.Data.TryGetValue("K", out var k) ? k is ArrayToken array ? array.Data : [k] : [];
        foreach (var kid in kids)
        {
            switch (kid)
            {
                case NumericToken mcid:
                    contents.Add((page, mcid.Int));
                    break;
                case IndirectReferenceToken element:
                    elements.Add(Read(pdf, element, pages));
                    break;
                case DictionaryToken { } d when pdf.Name(d, "Type") == "OBJR":
                    annotations.Add(PdfObjects.Reference(d, "Obj"));
                    break;
                case DictionaryToken d:
                    contents.Add((pages[PdfObjects.Reference(d, "Pg").ObjectNumber], pdf.Number(d, "MCID")));
                    break;
            }
        }

        var parent = dictionary.Data.TryGetValue("P", out var p) ? ((IndirectReferenceToken)p).Data : (IndirectReference?)null;
        return new StructureElement(pdf.Name(dictionary, "S")!, dictionary, elements, contents, annotations, parent);
    }

    public IEnumerable<StructureElement> Descendants() => Elements.SelectMany(e => e.Descendants().Prepend(e));
}
