using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Reports.PdfWriter.Tests;

/// <summary>
/// The object graph of a written file, read with PdfPig's parser (which has no structure-tree reader):
/// dictionaries by key, references resolved, Flate streams inflated here.
/// </summary>
internal sealed class PdfObjects(PdfDocument pdf)
{
    public DictionaryToken Catalog => pdf.Structure.Catalog.CatalogDictionary;

    public IToken Resolve(IToken token) => token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;

    public IToken? Get(DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var value) ? Resolve(value) : null;

    public DictionaryToken Dictionary(DictionaryToken dictionary, string key) => Get(dictionary, key) switch
    {
        DictionaryToken d => d,
        StreamToken s => s.StreamDictionary,
        var other => throw new InvalidOperationException($"/{key} is {other?.GetType().Name ?? "missing"}, not a dictionary."),
    };

    public string? Name(DictionaryToken dictionary, string key) => (Get(dictionary, key) as NameToken)?.Data;

    public string? Text(DictionaryToken dictionary, string key) => Get(dictionary, key) switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    public IReadOnlyList<IToken> Array(DictionaryToken dictionary, string key) =>
        Get(dictionary, key) is ArrayToken array ? [.. array.Data.Select(Resolve)] : [];

    public StreamToken Stream(DictionaryToken dictionary, string key) => (StreamToken)Get(dictionary, key)!;

    /// <summary>The stream's bytes, inflated when it is Flate-compressed.</summary>
    public static byte[] Data(StreamToken stream)
    {
        var raw = stream.Data.ToArray();
        if (!stream.StreamDictionary.Data.TryGetValue("Filter", out var filter))
            return raw;
        ((NameToken)filter).Data.ShouldBe("FlateDecode");
        using var zlib = new ZLibStream(new MemoryStream(raw), CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The dictionary of page <paramref name="number"/> (1-based).</summary>
    public DictionaryToken Page(int number) => pdf.GetPage(number).Dictionary;

    /// <summary>Page object number → 1-based page number, from the page tree's kids (the writer writes one level).</summary>
    public IReadOnlyDictionary<long, int> PageNumbers()
    {
        var kids = (ArrayToken)Dictionary(Catalog, "Pages").Data["Kids"];
        return kids.Data.Select((k, i) => (((IndirectReferenceToken)k).Data.ObjectNumber, i + 1)).ToDictionary(p => p.Item1, p => p.Item2);
    }

    public IReadOnlyList<StructureElement> StructureTree() => StructureElement.ReadTree(this, PageNumbers());

    public int Number(DictionaryToken dictionary, string key) => ((NumericToken)Get(dictionary, key)!).Int;

    public static IndirectReference Reference(DictionaryToken dictionary, string key) => ((IndirectReferenceToken)dictionary.Data[key]).Data;
}
