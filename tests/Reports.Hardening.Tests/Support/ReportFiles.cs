using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Tokens;

namespace Reports.Hardening.Tests.Support;

/// <summary>Reads back generated reports: the PDF's text and drawn glyphs, the workbook's XML parts.</summary>
internal static class ReportFiles
{
    /// <summary>All text of the PDF, words joined by single spaces.</summary>
    public static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    public static int PdfPages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    /// <summary>
    /// Places where the PDF draws a font's .notdef glyph (glyph 0, the box): every text-showing operator
    /// of every page, read as two-byte glyph ids. Skia's PDF backend writes each font as Type0 with
    /// Identity-H, so a shown code is a glyph id; <see cref="FontKinds"/> lets a test check that holds.
    /// </summary>
    public static IReadOnlyList<string> NotdefGlyphs(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var found = new List<string>();
        foreach (var page in document.GetPages())
        {
            var shown = 0;
            foreach (var operation in page.Operations)
            {
                foreach (var bytes in ShownBytes(operation))
                {
                    for (var i = 0; i + 1 < bytes.Count; i += 2)
                    {
                        if (bytes[i] == 0 && bytes[i + 1] == 0)
                            found.Add($"page {page.Number}, text operation {shown}, glyph {i / 2}");
                    }
                    shown++;
                }
            }
        }
        return found;
    }

    /// <summary>The font subtypes the PDF uses (Type0, CIDFontType2…), from its raw objects.</summary>
    public static IReadOnlySet<string> FontKinds(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/Font\s*/Subtype\s*/(\w+)|/Subtype\s*/(\w+)\s*/Type\s*/Font")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    static IEnumerable<IReadOnlyList<byte>> ShownBytes(IGraphicsStateOperation operation)
    {
        switch (operation)
        {
            case ShowText t:
                yield return t.Bytes.ToArray();
                break;
            case MoveToNextLineShowText t:
                yield return t.Bytes.ToArray();
                break;
            case MoveToNextLineShowTextWithSpacing t:
                yield return t.Bytes.ToArray();
                break;
            case ShowTextsWithPositioning t:
                foreach (var token in t.Array)
                {
                    if (token is HexToken hex)
                        yield return hex.Bytes.ToArray();
                    else if (token is StringToken str)
                        yield return str.GetBytes();
                }
                break;
        }
    }

    /// <summary>
    /// Letters whose extracted text is a control character or U+FFFD, other than U+0000: what a reader
    /// would copy out of the PDF where the text had a stray character. (U+0000 is what glyphs without a
    /// Unicode mapping extract as, e.g. Arabic contextual forms; <see cref="NotdefGlyphs"/> finds boxes.)
    /// </summary>
    public static IReadOnlyList<string> StrayLetters(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var stray = new List<string>();
        foreach (var page in document.GetPages())
        {
            foreach (var letter in page.Letters)
            {
                foreach (var rune in letter.Value.EnumerateRunes())
                {
                    if (rune.Value != 0 && (rune.Value == 0xFFFD || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control))
                        stray.Add($"page {page.Number}: U+{rune.Value:X4} at {letter.BoundingBox.Left:0},{letter.BoundingBox.Bottom:0}");
                }
            }
        }
        return stray;
    }

    /// <summary>Every XML part of an xlsx package, parsed (throws when a part is not well-formed XML).</summary>
    public static IReadOnlyDictionary<string, XDocument> XlsxParts(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var parts = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            try
            {
                parts[entry.FullName] = XDocument.Load(stream);
            }
            catch (XmlException e)
            {
                throw new InvalidDataException($"{entry.FullName} is not well-formed XML: {e.Message}", e);
            }
        }
        return parts;
    }

    /// <summary>The text of every formula in the package: worksheet &lt;f&gt; and chart &lt;c:f&gt; elements.</summary>
    public static IReadOnlyList<(string Part, string Formula)> XlsxFormulas(IReadOnlyDictionary<string, XDocument> parts) =>
        parts.SelectMany(p => p.Value.Descendants().Where(e => e.Name.LocalName == "f").Select(e => (p.Key, e.Value))).ToList();

    /// <summary>All text content of the package's cells and shared strings (inline and shared).</summary>
    public static IReadOnlyList<string> XlsxTexts(IReadOnlyDictionary<string, XDocument> parts) =>
        parts.Where(p => p.Key.StartsWith("xl/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.Descendants().Where(e => e.Name.LocalName is "t" or "v").Select(e => e.Value))
            .ToList();
}
